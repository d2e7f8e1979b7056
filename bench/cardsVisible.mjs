// Time until the topic cards are visible: the app's 'cards-visible' mark, and
// the same mark on the server-rendered static page of the same first view.
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
        const read = () => {
          const mark = performance.getEntriesByName('cards-visible')[0]
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]
          if (mark) resolve({ mark: mark.startTime, fcp: fcp?.startTime ?? null })
          else setTimeout(read, 20)
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
  const appMs = median(app.map((r) => r.mark))
  const staticMs = median(stat.map((r) => r.mark))
  return {
    appMs,
    staticMs,
    ratio: appMs / staticMs,
    appFcpMs: median(app.map((r) => r.fcp)),
    staticFcpMs: median(stat.map((r) => r.fcp)),
    appRuns: app.map((r) => r.mark),
    staticRuns: stat.map((r) => r.mark),
  }
}
