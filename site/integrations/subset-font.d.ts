/** subset-font 2.9 ships no types (and @types/subset-font is a version behind its options). */
declare module 'subset-font' {
  export type SubsetFontOptions = {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    /** Keep every glyph (instancing or converting only). */
    keepAllGlyphs?: boolean
    preserveNameIds?: number[]
    keepFeatures?: string[]
  }
  export default function subsetFont(
    font: Buffer,
    text?: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>
}
