/*
 * embed.js: turns each <div data-hcri-embed="<slug>" data-lang="ur"> on a partner's page into a
 * titled, lazily loaded iframe of our embed page that grows and shrinks to fit its content.
 * Own small script (iframe-resizer v5 is GPL). Messages are checked both ways: we accept a height
 * only from our own origin and from the frame we created; we ask a frame to measure itself only
 * with our origin as the target. Without JavaScript the div's own link stays in place.
 */
;(function () {
  'use strict'
  var LOCALES = __LOCALES__
  var DEFAULT_HEIGHT = __HEIGHT__
  var script =
    document.currentScript ||
    Array.prototype.slice
      .call(document.querySelectorAll('script[src]'))
      .filter(function (s) {
        return /\/embed\.js(\?|$)/.test(s.src)
      })[0]
  if (!script) return
  var origin = new URL(script.src, document.baseURI).origin
  var frames = (window.__hcriEmbedFrames = window.__hcriEmbedFrames || [])

  function src(slug, lang) {
    var prefix = lang && lang !== 'en' ? '/' + lang : ''
    return origin + prefix + '/embed/resources/' + slug + '/'
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
      box.getAttribute('data-title') || (link && link.textContent.trim()) || 'Help and advice: ' + slug
    frame.setAttribute('loading', 'lazy')
    frame.setAttribute('referrerpolicy', 'no-referrer')
    frame.setAttribute('width', '100%')
    frame.setAttribute('height', String(DEFAULT_HEIGHT))
    frame.style.display = 'block'
    frame.style.width = '100%'
    frame.style.border = '0'
    frame.addEventListener('load', function () {
      // A frame that loaded after its first report (lazy loading) is asked to measure again.
      frame.contentWindow.postMessage({ type: 'hcri-embed:measure' }, origin)
    })
    box.setAttribute('data-hcri-embedded', '')
    box.replaceChildren(frame)
    frames.push(frame)
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
          return
        }
      }
    })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll)
  else mountAll()
})()
