#!/usr/bin/env bash
# Cuts the Gurmukhi and Bengali fonts down to the glyphs of the language names in the switcher
# ("ਪੰਜਾਬੀ", "বাংলা"), so every page can show them in ~1 KB instead of loading whole fonts.
# Needs Debian's python3-fonttools and python3-brotli. Run again if the language names change.
set -euo pipefail
cd "$(dirname "$0")/.."
fs=node_modules/@fontsource
/usr/bin/python3 -m fontTools.subset "$fs/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-400-normal.woff2" \
  --text='ਪੰਜਾਬੀ' --flavor=woff2 --layout-features='*' --output-file=src/styles/fonts/language-name-pa.woff2
/usr/bin/python3 -m fontTools.subset "$fs/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2" \
  --text='বাংলা' --flavor=woff2 --layout-features='*' --output-file=src/styles/fonts/language-name-bn.woff2
ls -l src/styles/fonts
