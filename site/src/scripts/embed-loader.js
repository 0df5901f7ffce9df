/*
 * embed.js: turns each <div data-hcri-embed="<slug>" data-lang="ur"> on a partner's page into a
 * titled, lazily loaded iframe of our embed page that grows and shrinks to fit its content.
 * Own small script (iframe-resizer v5 is GPL). Messages are checked both ways: we accept a height
 * only from our own origin and from the frame we created; we ask a frame to measure itself, and
 * tell it which part of it is on screen (so its quick exit stays in view), only with our origin as
 * the target. Without JavaScript, or on a site that is not in the embed allow list (site
 * settings; the frame would be refused anyway), the div's own link stays in place.
 */
;(function () {
  'use strict'
  var LOCALES = __LOCALES__
  var DEFAULT_HEIGHT = __HEIGHT__
  /** Sites allowed to embed, or null for any (the same list as /embed/'s frame-ancestors). */
  var ALLOWED = __ALLOWED__
  /** A resource's embed page, `{slug}` to be filled in (the site's route table). */
  var EMBED_PATH = __EMBED_PATH__
  var script =
    document.currentScript ||
    Array.prototype.slice.call(document.querySelectorAll('script[src]')).filter(function (s) {
      return /\/embed\.js(\?|$)/.test(s.src)
    })[0]
  if (!script) return
  var origin = new URL(script.src, document.baseURI).origin
  var here = window.location.origin
  if (ALLOWED && here !== origin && ALLOWED.indexOf(here) < 0) return
  var frames = (window.__hcriEmbedFrames = window.__hcriEmbedFrames || [])

  function src(slug, lang) {
    var prefix = lang && lang !== 'en' ? '/' + lang : ''
    return origin + prefix + EMBED_PATH.replace('{slug}', slug)
  }

  function mount(box) {
    if (box.getAttribute('data-hcri-embedded') !== null) return
    var slug = box.getAttribute('data-hcri-embed') || ''
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return
    var lang = box.getAttribute('data-lang') || 'en'
    if (LOCALES.indexOf(lang) < 0) lang = 'en'
    var link = box.querySelector('a')
    var frame = document.createElement('iframe')
    frame.src = src(slug, lang)
    frame.title =
      box.getAttribute('data-title') ||
      (link && link.textContent.trim()) ||
      'Help and advice: ' + slug
    frame.setAttribute('loading', 'lazy')
    frame.setAttribute('referrerpolicy', 'no-referrer')
    frame.setAttribute('width', '100%')
    frame.setAttribute('height', String(DEFAULT_HEIGHT))
    frame.style.display = 'block'
    frame.style.width = '100%'
    frame.style.border = '0'
    frame.addEventListener('load', function () {
      // Introduces this page to the frame, which then reports its height (lazy loading included).
      frame.contentWindow.postMessage({ type: 'hcri-embed:measure' }, origin)
      tellView(frame)
    })
    box.setAttribute('data-hcri-embedded', '')
    box.replaceChildren(frame)
    frames.push(frame)
  }

  /** Tells a frame which part of it is on screen (CSS px from its top), if any is. */
  function tellView(frame) {
    if (!frame.contentWindow) return
    var rect = frame.getBoundingClientRect()
    var screenHeight = window.innerHeight || document.documentElement.clientHeight
    var top = Math.max(0, -rect.top)
    var bottom = Math.min(rect.height, screenHeight - rect.top)
    if (bottom <= top) return
    frame.contentWindow.postMessage({ type: 'hcri-embed:view', top: top, bottom: bottom }, origin)
  }

  var viewQueued = false
  function tellViews() {
    if (viewQueued) return
    viewQueued = true
    window.requestAnimationFrame(function () {
      viewQueued = false
      for (var i = 0; i < frames.length; i++) tellView(frames[i])
    })
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-hcri-embed]'), mount)
  }

  if (!window.__hcriEmbedListening) {
    window.__hcriEmbedListening = true
    window.addEventListener('message', function (event) {
      var data = event.data
      if (!data || data.type !== 'hcri-embed:height') return
      var height = Number(data.height)
      if (!isFinite(height) || height <= 0 || height > 100000) return
      for (var i = 0; i < frames.length; i++) {
        var frame = frames[i]
        if (frame.contentWindow === event.source && new URL(frame.src).origin === event.origin) {
          frame.style.height = Math.ceil(height) + 'px'
          frame.setAttribute('height', String(Math.ceil(height)))
          tellViews()
          return
        }
      }
    })
    // Any scroll (the page's or a scrolling box's, hence capture) or resize moves the frames.
    document.addEventListener('scroll', tellViews, { capture: true, passive: true })
    window.addEventListener('resize', tellViews, { passive: true })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll)
  else mountAll()
})()
