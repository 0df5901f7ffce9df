/** Slugs are lower-case ASCII words joined by single hyphens: safe in URLs and file names. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Turns a title into a slug: strips accents, drops anything that is not a letter or digit. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}
