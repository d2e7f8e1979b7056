// Time until the topic cards are visible: the first paint at or after the 'cards-visible' mark (set
// by public/boot.js as soon as prerendered cards are parsed, or by the app when it renders them),
// in the app and in the script-free static copy of the same page. The mark alone can come before
// anything is painted (boot.js runs while the page is parsed), so the paint is what counts.
import { median } from './browser.mjs'

async function loadOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  })
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
          if (mark && fcp) {
            // Give the LCP observer a frame to report.
            requestAnimationFrame(() =>
              setTimeout(() =>
                resolve({
                  mark: mark.startTime,
                  fcp: fcp.startTime,
                  visible: Math.max(mark.startTime, fcp.startTime),
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
    appFcpMs: median(app.map((r) => r.fcp)),
    staticFcpMs: median(stat.map((r) => r.fcp)),
    appLcpMs: median(app.map((r) => r.lcp)),
    staticLcpMs: median(stat.map((r) => r.lcp)),
    appRuns: app.map((r) => r.visible),
    staticRuns: stat.map((r) => r.visible),
  }
}
