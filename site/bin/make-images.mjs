// Renders the share image and touch icon from SVG into public/ (run again if the logo changes):
// pnpm --filter @hcri/site exec node bin/make-images.mjs
import { readFileSync } from 'node:fs'

import sharp from 'sharp'

const logo = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const inner = logo.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')

const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbf7f1"/>
  <rect y="590" width="1200" height="40" fill="#0e5559"/>
  <g transform="translate(90 150) scale(6.5)">${inner}</g>
  <text x="470" y="250" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" font-weight="700" fill="#8a3b12" letter-spacing="2">WALSALL</text>
  <text font-family="DejaVu Sans, Arial, sans-serif" font-size="58" font-weight="700" fill="#1f1b16">
    <tspan x="470" y="330">Hate Crime</tspan><tspan x="470" y="400">Reduction Initiative</tspan>
  </text>
  <text x="470" y="470" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#4a4038">Report it · Get support · Find a safe space</text>
</svg>`

await sharp(Buffer.from(og))
  .png({ compressionLevel: 9, palette: true })
  .toFile('public/og-default.png')
await sharp(Buffer.from(logo))
  .resize(180, 180)
  .flatten({ background: '#fbf7f1' })
  .png()
  .toFile('public/apple-touch-icon.png')
console.log('wrote public/og-default.png, public/apple-touch-icon.png')
