/**
 * Film pages: the uploaded film plays in the browser's own player with caption tracks in the page's
 * language; a YouTube or Vimeo film sends nothing to the platform until the visitor presses Play,
 * and then only to its privacy-enhanced player; keyboard alone plays the film and opens the
 * transcript. (axe and the language checks of both pages run in site.pages.spec.ts.)
 */
import type { Page } from '@playwright/test'

import { siteUrl } from '../ports'
import { expect, inLocale, seeded, settle, t, test, type Locale } from './site-fixtures'

const filmPath = (locale: Locale, slug: string) => inLocale(locale, `/films/${slug}/`)

/** The main player (the described version sits in a closed <details> below it). */
const mainVideo = (page: Page) => page.locator('.player video')

/** Every request the page makes, to prove nothing left the origin. */
function watchRequests(page: Page) {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return {
    offsite: () => urls.filter((url) => new URL(url).origin !== new URL(siteUrl).origin),
  }
}

test('the uploaded film plays, with English captions showing cues', async ({ page }) => {
  await page.goto(filmPath('en', seeded.film.slug))
  const video = mainVideo(page)
  await expect(video).toHaveAttribute('preload', 'none')
  await expect(video).toHaveAttribute('poster', /^\/_astro\/.+\.webp$/)
  // Nothing is downloaded before the visitor asks.
  expect(await video.evaluate((v: HTMLVideoElement) => v.readyState)).toBe(0)

  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true
    return v.play()
  })
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), {
      message: 'time advances',
    })
    .toBeGreaterThan(0.5)

  const tracks = await video.evaluate((v: HTMLVideoElement) =>
    Array.from(v.textTracks, (track) => ({ lang: track.language, mode: track.mode })),
  )
  expect(tracks).toEqual([
    { lang: 'en', mode: 'showing' },
    { lang: 'ur', mode: 'disabled' },
  ])
  // Jump to the first spoken line (after the pause left for audio description).
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 7
  })
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) =>
        Array.from(v.textTracks[0]?.activeCues ?? [], (cue) => (cue as VTTCue).text),
      ),
    )
    .toEqual([seeded.film.firstCue])
})

test('on the Urdu page the Urdu captions are on', async ({ page }) => {
  await page.goto(filmPath('ur', seeded.film.slug))
  const video = mainVideo(page)
  const showing = await video.evaluate((v: HTMLVideoElement) =>
    Array.from(v.textTracks)
      .filter((track) => track.mode === 'showing')
      .map((track) => track.language),
  )
  expect(showing).toEqual(['ur'])
  await expect(video.locator('track[default]')).toHaveAttribute('srclang', 'ur')
  // The cues really load, in Urdu (cues become active once the film is playing).
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true
    await v.play()
    v.currentTime = 7
  })
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) => {
        const track = Array.from(v.textTracks).find((tt) => tt.mode === 'showing')
        return Array.from(track?.activeCues ?? [], (cue) => (cue as VTTCue).text).join(' ')
      }),
    )
    .toContain('ہیٹ کرائم')
})

test('the audio-described version is one click away and has captions too', async ({ page }) => {
  await page.goto(filmPath('en', seeded.film.slug))
  const summary = page.getByText(t('en', 'films.adShow'))
  await summary.click()
  const described = page.locator('details video')
  await expect(described).toBeVisible()
  await expect(described.locator('source')).toHaveAttribute('src', /described\.webm$/)
  await expect(described.locator('track[srclang="en"]')).toHaveAttribute('default', '')
})

test('keyboard alone plays the film and opens the transcript', async ({ page }) => {
  await page.goto(filmPath('en', seeded.film.slug))
  const video = mainVideo(page)
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true
  })
  // Tab from the top of the page to the player, as a keyboard user would.
  let reached = false
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await video.evaluate(
      (v) => document.activeElement === v || v.contains(document.activeElement),
    )
  }
  expect(reached, 'the player can be reached with Tab').toBe(true)
  await page.keyboard.press('Space')
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { message: 'Space plays' })
    .toBeGreaterThan(0.3)

  const summary = page.locator('.transcript summary')
  for (let i = 0; i < 40; i++) {
    if (await summary.evaluate((s) => document.activeElement === s)) break
    await page.keyboard.press('Tab')
  }
  await expect(summary).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.transcript details')).toHaveAttribute('open', '')
  await expect(page.locator('.transcript')).toContainText('0800 138 1625')
})

for (const kind of ['youtube', 'vimeo'] as const) {
  const film = kind === 'youtube' ? seeded.youtubeFilm : seeded.vimeoFilm
  test(`a ${kind} film contacts ${kind} only after Play, on its privacy-enhanced player`, async ({
    page,
    offsite,
  }) => {
    const requests = watchRequests(page)
    await page.goto(filmPath('en', film.slug))
    await settle(page)
    expect(requests.offsite(), 'nothing leaves the site before the click').toEqual([])
    await expect(page.locator('iframe')).toHaveCount(0)
    await expect(page.locator('link[rel="preconnect"], link[rel="dns-prefetch"]')).toHaveCount(0)
    const provider = kind === 'youtube' ? 'YouTube' : 'Vimeo'
    await expect(page.locator('.film__note')).toContainText(provider)
    await expect(
      page.getByRole('link', { name: t('en', 'films.watchOn', { provider }) }),
    ).toHaveAttribute(
      'href',
      kind === 'youtube'
        ? `https://www.youtube.com/watch?v=${film.id}`
        : `https://vimeo.com/${film.id}`,
    )

    // Keyboard: the Play button is a real button.
    const play = page.getByRole('button', { name: t('en', 'films.play') })
    await play.focus()
    await page.keyboard.press('Enter')
    const frame = page.locator('iframe')
    await expect(frame).toHaveCount(1)
    const src = new URL((await frame.getAttribute('src')) ?? '')
    if (kind === 'youtube') {
      expect(src.origin).toBe('https://www.youtube-nocookie.com')
      expect(src.pathname).toBe(`/embed/${film.id}`)
    } else {
      expect(src.origin).toBe('https://player.vimeo.com')
      expect(src.pathname).toBe(`/video/${film.id}`)
      expect(src.searchParams.get('dnt')).toBe('1')
    }
    await expect(frame).toHaveAttribute('title', new RegExp(film.title))
    // The only request that left went to the player the visitor asked for (aborted by the test).
    await expect.poll(() => offsite.length).toBeGreaterThan(0)
    for (const url of offsite) expect(new URL(url).origin).toBe(src.origin)
  })
}
