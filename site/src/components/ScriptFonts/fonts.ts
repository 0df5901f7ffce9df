/**
 * The self-hosted script fonts, by the language whose pages use them. The same files are named in
 * styles/global.css (@font-face); here as URLs, so a page can preload its own language's fonts.
 * Latin text uses the system stack: English and Polish pages load no font.
 */
import bengali400 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2?url'
import bengali700 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff2?url'
import gurmukhi400 from '@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-400-normal.woff2?url'
import gurmukhi700 from '@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-700-normal.woff2?url'
import nastaliq400 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url'

import type { Locale } from '@hcri/shared/locales'

/** Body text is 400, headings (the largest text on a page) 700; Urdu has one weight (global.css). */
export const scriptFonts: Partial<Record<Locale, string[]>> = {
  ur: [nastaliq400],
  pa: [gurmukhi400, gurmukhi700],
  bn: [bengali400, bengali700],
}
