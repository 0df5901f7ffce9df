/**
 * The build copies only the uploads a published page links to: a leaflet attached only to a draft,
 * or to nothing, is not on the site; the published film's video and caption files are.
 */
import { expect, seeded, test, unlinkedFiles } from './site-fixtures'

test('only files that published pages link to are in the build', async ({ request }) => {
  for (const file of Object.values(unlinkedFiles)) {
    expect((await request.get(`/media/${file}`)).status(), file).toBe(404)
  }

  const film = await (await request.get(`/films/${seeded.film.slug}/`)).text()
  const linked = [...film.matchAll(/\/media\/([^"?#\s]+)/g)].map((m) => m[1]!)
  expect(
    linked.some((f) => f.endsWith('.vtt')),
    'caption files are linked',
  ).toBe(true)
  expect(
    linked.some((f) => /\.(webm|mp4)$/.test(f)),
    'the video is linked',
  ).toBe(true)
  for (const file of new Set(linked)) {
    expect((await request.get(`/media/${file}`)).status(), file).toBe(200)
  }
})
