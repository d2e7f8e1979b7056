// Time until the topic cards are visible, in the app and in the script-free static copy of the same
// page, measured alike in both by the bench itself: the first frame (requestAnimationFrame, which
// runs just before that frame is painted) after the first topic card is in the page, whether the
// HTML parser put it there or the app rendered it. The 'cards-visible' mark (public/boot.js or the
// app) is kept beside it for reference.
import { median } from './browser.mjs'

function watchCards() {
  const found = () => document.querySelector('#root article') !== null
  const onFound = () => {
    observer.disconnect()
    requestAnimationFrame(() => (window.__cardsVisible = performance.now()))
  }
  const observer = new MutationObserver(() => {
    if (found()) onFound()
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  })
  await context.addInitScript(watchCards)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'load' })
  const t = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let lcp = null
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        const read = () => {
          const mark = performance.getEntriesByName('cards-visible')[0]
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]
          const visible = window.__cardsVisible
          if (visible !== undefined && fcp) {
            // Give the LCP observer a frame to report.
            requestAnimationFrame(() =>
              setTimeout(() =>
                resolve({
                  visible: Math.max(visible, fcp.startTime),
                  mark: mark?.startTime ?? null,
                  fcp: fcp.startTime,
                  lcp,
                }),
              ),
            )
          } else setTimeout(read, 20)
        }
        read()
      }),
  )
  await context.close()
  return t
}

export async function measureCardsVisible(browser, appUrl, staticUrl, loads = 7) {
  const app = []
  const stat = []
  // Interleave so that machine noise hits both alike; one warm-up each.
  await loadOnce(browser, appUrl)
  await loadOnce(browser, staticUrl)
  for (let i = 0; i < loads; i++) {
    app.push(await loadOnce(browser, appUrl))
    stat.push(await loadOnce(browser, staticUrl))
  }
  const appMs = median(app.map((r) => r.visible))
  const staticMs = median(stat.map((r) => r.visible))
  return {
    appMs,
    staticMs,
    ratio: appMs / staticMs,
    appMarkMs: median(app.map((r) => r.mark)),
    staticMarkMs: median(stat.map((r) => r.mark)),
    appFcpMs: median(app.map((r) => r.fcp)),
    staticFcpMs: median(stat.map((r) => r.fcp)),
    appLcpMs: median(app.map((r) => r.lcp)),
    staticLcpMs: median(stat.map((r) => r.lcp)),
    appRuns: app.map((r) => r.visible),
    staticRuns: stat.map((r) => r.visible),
  }
}
