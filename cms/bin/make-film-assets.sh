#!/usr/bin/env bash
# Makes the seed's own short film once: title cards with a synthetic narrator, an audio-described
# version, English and Urdu WebVTT captions and a poster, into cms/src/seed/assets/film/.
# The results are committed; the seed only reads them, so neither ffmpeg nor espeak-ng is needed
# to seed. Needs: apt-get install ffmpeg espeak-ng fonts-dejavu-core.
# Every fact in the cards comes from ../shared/FACTS.md (999, 101, True Vision, Stop Hate UK,
# Victim Support). The Urdu captions are our translation: a fluent speaker must check them.
set -euo pipefail
OUT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/src/seed/assets/film"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# card text | narration (digits spelt the way they are said) | English caption | Urdu caption |
# audio description spoken before the narration in the described version
cards=(
  "Hate crime: anyone can be targeted.|If you experience or see a hate crime, you can report it.|If you experience or see a hate crime, you can report it.|اگر آپ ہیٹ کرائم کا سامنا کریں یا اسے ہوتا دیکھیں تو آپ اس کی رپورٹ کر سکتے ہیں۔|White words on a dark teal card: Hate crime, anyone can be targeted."
  "In an emergency, call 999.|In an emergency, call nine nine nine.|In an emergency, call 999.|ایمرجنسی میں 999 پر کال کریں۔|A red card. Large white numbers: nine nine nine."
  "Not an emergency? Call 101 or report online with True Vision.|If it is not an emergency, call one oh one, or report online with True Vision.|If it is not an emergency, call 101, or report online with True Vision.|اگر ایمرجنسی نہیں ہے تو 101 پر کال کریں، یا True Vision کے ذریعے آن لائن رپورٹ کریں۔|A dark blue card shows one oh one and the words True Vision."
  "Stop Hate UK: 0800 138 1625, 24 hours.|For support, call Stop Hate UK on oh eight hundred, one three eight, one six two five, twenty four hours a day.|For support, call Stop Hate UK on 0800 138 1625, 24 hours a day.|مدد کے لیے Stop Hate UK کو 0800 138 1625 پر کال کریں، دن کے 24 گھنٹے۔|A purple card with the Stop Hate UK helpline number."
  "Victim Support: 08 08 16 89 111, free.|Or call Victim Support free on oh eight oh eight, one six eight nine, one one one.|Or call Victim Support free on 08 08 16 89 111.|یا Victim Support کو 08 08 16 89 111 پر مفت کال کریں۔|A green card with the Victim Support number."
)
colours=("0x0b4f4a" "0xa4231c" "0x14365c" "0x4b2a6b" "0x1e5631")

say() { espeak-ng -v en-gb -s 150 -w "$2" "$1"; }
length() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
stamp() { # seconds → WebVTT timestamp
  awk -v s="$1" 'BEGIN { m = int(s / 60); printf "%02d:%02d:%06.3f", 0, m, s - m * 60 }'
}

# Both versions share their timing (standard audio description: the describer speaks in pauses
# left for it), so one set of caption files serves both.
build() {
  local t=0 i=0
  local en="$WORK/en.vtt" ur="$WORK/ur.vtt"
  : >"$WORK/plain.txt"
  : >"$WORK/described.txt"
  printf 'WEBVTT\n\n' >"$en"
  printf 'WEBVTT\n\n' >"$ur"
  for row in "${cards[@]}"; do
    IFS='|' read -r text narration caption urdu described <<<"$row"
    say "$described" "$WORK/d-$i.wav"
    say "$narration" "$WORK/n-$i.wav"
    local gap spoken dur start end
    gap=$(awk -v d="$(length "$WORK/d-$i.wav")" 'BEGIN { printf "%.3f", d + 0.4 }')
    spoken=$(length "$WORK/n-$i.wav")
    dur=$(awk -v g="$gap" -v s="$spoken" 'BEGIN { printf "%.3f", g + s + 0.8 }')
    # plain: silence where the description goes; described: the description in that pause.
    ffmpeg -v error -y -f lavfi -t "$gap" -i anullsrc=r=22050:cl=mono -i "$WORK/n-$i.wav" \
      -filter_complex '[0:a][1:a]concat=n=2:v=0:a=1' "$WORK/plain-$i.wav"
    ffmpeg -v error -y -i "$WORK/d-$i.wav" -f lavfi -t 0.4 -i anullsrc=r=22050:cl=mono \
      -i "$WORK/n-$i.wav" -filter_complex '[0:a][1:a][2:a]concat=n=3:v=0:a=1' "$WORK/described-$i.wav"
    start=$(awk -v t="$t" -v g="$gap" 'BEGIN { print t + g }')
    end=$(awk -v t="$t" -v g="$gap" -v s="$spoken" 'BEGIN { print t + g + s + 0.2 }')
    printf '%s --> %s\n%s\n\n' "$(stamp "$start")" "$(stamp "$end")" "$caption" >>"$en"
    printf '%s --> %s\n%s\n\n' "$(stamp "$start")" "$(stamp "$end")" "$urdu" >>"$ur"
    # One card: solid colour, the card text wrapped by drawtext's own line breaks.
    printf '%s' "$text" | fold -s -w 26 >"$WORK/text-$i.txt"
    for kind in plain described; do
      ffmpeg -v error -y -f lavfi -i "color=c=${colours[$i]}:s=640x360:r=12:d=$dur" -i "$WORK/$kind-$i.wav" \
        -filter_complex "[0:v]drawtext=fontfile=$FONT:textfile=$WORK/text-$i.txt:fontcolor=white:fontsize=34:line_spacing=12:x=(w-text_w)/2:y=(h-text_h)/2[v];[1:a]apad[a]" \
        -map '[v]' -map '[a]' -t "$dur" -c:v libvpx -b:v 45k -c:a libopus -b:a 16k -ac 1 -ar 48000 \
        "$WORK/$kind-$i.webm"
      echo "file '$WORK/$kind-$i.webm'" >>"$WORK/$kind.txt"
    done
    t=$(awk -v t="$t" -v d="$dur" 'BEGIN { print t + d }')
    i=$((i + 1))
  done
  for kind in plain described; do
    ffmpeg -v error -y -f concat -safe 0 -i "$WORK/$kind.txt" -c copy "$WORK/$kind.webm"
  done
}

build
cp "$WORK/plain.webm" "$OUT/report-it.webm"
cp "$WORK/described.webm" "$OUT/report-it-described.webm"
cp "$WORK/en.vtt" "$OUT/report-it.en.vtt"
cp "$WORK/ur.vtt" "$OUT/report-it.ur.vtt"
# The poster: the first card drawn at full size (not a blurry frame scaled up).
printf '%s' "${cards[0]%%|*}" | fold -s -w 26 >"$WORK/poster.txt"
ffmpeg -v error -y -f lavfi -i "color=c=${colours[0]}:s=1280x720:d=1" -frames:v 1 \
  -vf "drawtext=fontfile=$FONT:textfile=$WORK/poster.txt:fontcolor=white:fontsize=68:line_spacing=24:x=(w-text_w)/2:y=(h-text_h)/2" \
  -q:v 4 "$OUT/report-it-poster.jpg"
printf '%s\n' "$(length "$OUT/report-it.webm")" >"$OUT/duration.txt"
ls -l "$OUT"
