// Runs before the first paint, right after #root is parsed (a file, because the
// Content-Security-Policy allows no inline script). A classic script, no modules.
;(function () {
  var html = document.documentElement
  var root = document.getElementById('root')
  function stored(key) {
    try {
      return window.localStorage.getItem(key)
    } catch {
      return null
    }
  }

  // 1. The remembered colour theme (src/components/theme.ts), so there is no flash of the wrong one.
  var theme = stored('g20dm.theme')
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') html.setAttribute('data-theme', theme)

  // 2. The build prerendered this page (vite.config.ts) in the language its path names: Japanese
  //    under /ja/, else English. Keep it only when that is what this visit shows (no query, and the
  //    same language); otherwise clear it rather than flash the wrong view. Same order as
  //    src/i18n/resolveLang.ts: the address, then the stored choice, then the browser's languages.
  if (!root || !root.hasAttribute('data-prerendered')) return
  var script = document.currentScript
  var base = script && script.src ? new URL('.', script.src).pathname : '/'
  var path = window.location.pathname
  var pageLang = path.indexOf(base) === 0 && path.slice(base.length).split('/')[0] === 'ja' ? 'ja' : 'en'
  var lang = pageLang === 'ja' ? 'ja' : stored('g20dm.lang')
  if (lang !== 'en' && lang !== 'ja') {
    lang = 'en'
    var tags = navigator.languages || [navigator.language || 'en']
    for (var i = 0; i < tags.length; i++) {
      var tag = String(tags[i]).toLowerCase().split('-')[0]
      if (tag === 'en' || tag === 'ja') {
        lang = tag
        break
      }
    }
  }
  if (window.location.search !== '' || lang !== pageLang) {
    root.removeAttribute('data-prerendered')
    root.textContent = ''
    return
  }

  // 3. The topic cards are parsed and go out with the first frame: mark it for the benchmark
  //    (the app marks it itself when it renders them, src/features/topics).
  if (root.querySelector('article') && performance.getEntriesByName('cards-visible').length === 0) {
    performance.mark('cards-visible')
  }
})()
