// Runs before the first paint, right after #root is parsed. A classic script, no modules. The build
// inlines it, minified, into every page (vite.config.ts, criticalFirst: the policy allows it by its
// sha256 hash, so a change here changes the hash in deploy/nginx/g20-dashboard.conf too) with the
// page's base and the app's files in data- attributes; the dev server loads it as a file.
;(function () {
  var html = document.documentElement
  var root = document.getElementById('root')
  var script = document.currentScript
  function attr(name) {
    return script && script.getAttribute ? script.getAttribute(name) : null
  }
  function stored(key) {
    try {
      return window.localStorage.getItem(key)
    } catch {
      return null
    }
  }

  // 0. A press on one of the server's controls before the app has taken it over (a prerendered page
  //    shows them at once, and the app starts after its first paint) is kept, and acted on once the
  //    app has (src/app/appLive.ts): otherwise the browser drops it, or ticks a box the app does not
  //    know about. The header's controls are the app's once its shell is live; those in <main> once
  //    the view is. Links need no help: they load their page.
  var CONTROLS = 'button, input[type="checkbox"], input[type="radio"], [role="button"]'
  var served = []
  var early = []
  var live = { shell: false, view: false }
  function due(control) {
    var main = document.getElementById('main')
    return main && main.contains(control) ? live.view : live.shell
  }
  function keepEarlyPress(event) {
    var target = event.target && event.target.closest ? event.target : null
    var control = target ? target.closest(CONTROLS) : null
    if (!control || served.indexOf(control) < 0 || control.disabled || due(control)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    // Pressed twice while nothing happened: meant once.
    if (early.indexOf(control) < 0) early.push(control)
  }
  function replay() {
    var waiting = []
    for (var i = 0; i < early.length; i++) {
      if (!early[i].isConnected) continue
      if (due(early[i])) early[i].click()
      else waiting.push(early[i])
    }
    early = waiting
    if (live.shell && live.view) document.removeEventListener('click', keepEarlyPress, true)
  }
  document.addEventListener('click', keepEarlyPress, true)
  window.addEventListener('g20:live', function (event) {
    live[event.detail === 'view' ? 'view' : 'shell'] = true
    // Once React has finished the work it announced this from.
    setTimeout(replay, 0)
  })

  // 0b. Back returns to the link the reader followed (src/url/returnPoint.ts restores it): before a
  //     plain click on a link in <main> is followed, in place or by loading a page, the history entry it
  //     leaves remembers the link's address, the scroll position and the link's words, for the whole
  //     life of the page.
  document.addEventListener(
    'click',
    function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      var link = event.target && event.target.closest ? event.target.closest('main a') : null
      if (!link || link.target !== '' || link.hasAttribute('download')) return
      var state = {}
      var old = window.history.state
      if (old && typeof old === 'object') for (var key in old) state[key] = old[key]
      // The link's words too: for a frame after a change, another link may still have that address.
      state.g20Return = [link.getAttribute('href') || '', window.scrollY, link.textContent || '']
      window.history.replaceState(state, '')
      window.dispatchEvent(new Event('g20:followed'))
    },
    true,
  )

  // 1. The remembered colour theme (src/components/theme.ts), so there is no flash of the wrong one.
  var theme = stored('g20dm.theme')
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') html.setAttribute('data-theme', theme)

  // 2. The build prerendered this page (vite.config.ts) in the language its path names: Japanese
  //    under /ja/, else English. Keep it only when that is what this visit shows (no query, and the
  //    same language); otherwise clear it rather than flash the wrong view. Same order as
  //    src/i18n/resolveLang.ts: the address, then the stored choice, then the browser's languages.
  var kept = keepPrerendered()

  // 4. Start the app (data-entry, the built page only; the dev server and the single file have their
  //    own module script). A prerendered page is already complete, so it paints first and the app's
  //    files and the dataset are requested after that frame: they do not share the network with the
  //    stylesheet the first paint waits for. A page the app must render itself starts it at once.
  var entry = attr('data-entry')
  if (!entry) return
  function add(tag, props) {
    var el = document.createElement(tag)
    for (var key in props) el[key] = props[key]
    document.head.appendChild(el)
  }
  function start() {
    var data = attr('data-dataset')
    if (data)
      add('link', { rel: 'preload', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous', href: data })
    var preloads = (attr('data-modules') || '').split(' ')
    for (var i = 0; i < preloads.length; i++) {
      if (preloads[i]) add('link', { rel: 'modulepreload', crossOrigin: 'anonymous', href: preloads[i] })
    }
    add('script', { type: 'module', crossOrigin: 'anonymous', src: entry })
  }
  var started = false
  function startOnce() {
    if (started) return
    started = true
    start()
  }
  if (!kept || document.visibilityState === 'hidden') startOnce()
  else {
    // After the first contentful paint is reported (its time is when the frame was shown, which can be
    // a frame or two after the paint task); without a report within a second, start all the same.
    try {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return
        observer.disconnect()
        startOnce()
      }).observe({ type: 'paint', buffered: true })
    } catch {
      requestAnimationFrame(function () {
        setTimeout(startOnce, 0)
      })
    }
    setTimeout(startOnce, 1000)
  }

  function keepPrerendered() {
    if (!root || !root.hasAttribute('data-prerendered')) return false
    var base = script && script.src ? new URL('.', script.src).pathname : attr('data-base') || '/'
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
      return false
    }

    // The server's controls, whose presses wait for the app (0).
    served = Array.prototype.slice.call(root.querySelectorAll(CONTROLS))

    // 3. The topic cards are parsed and go out with the first frame: mark it for the benchmark
    //    (the app marks it itself when it renders them, src/features/topics).
    if (root.querySelector('article') && performance.getEntriesByName('cards-visible').length === 0) {
      performance.mark('cards-visible')
    }
    return true
  }
})()
