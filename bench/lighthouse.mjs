// Lighthouse performance scores (mobile and desktop, median of N) against the
// local server, with Debian's Chromium launched through chrome-launcher.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROME_PATH, CHROMIUM_ARGS, median } from './browser.mjs'

// chrome-launcher wants the new headless mode spelled out, and /dev/shm is small here.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'), '--disable-dev-shm-usage']

export async function measureLighthouse(baseUrl, views, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  })
  const rows = []
  try {
    for (const view of views) {
      const row = { view: view.name, path: view.path }
      for (const [formFactor, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const scores = []
        const metrics = []
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            baseUrl + view.path,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'silent',
              onlyCategories: ['performance'],
            },
            config,
          )
          const lhr = result?.lhr
          if (!lhr || lhr.runtimeError) {
            scores.push(NaN)
            continue
          }
          scores.push(Math.round((lhr.categories.performance.score ?? 0) * 100))
          metrics.push({
            fcp: lhr.audits['first-contentful-paint']?.numericValue,
            lcp: lhr.audits['largest-contentful-paint']?.numericValue,
            tbt: lhr.audits['total-blocking-time']?.numericValue,
            cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          })
        }
        row[formFactor] = median(scores)
        row[`${formFactor}Runs`] = scores
        row[`${formFactor}Metrics`] = {
          fcp: median(metrics.map((m) => m.fcp)),
          lcp: median(metrics.map((m) => m.lcp)),
          tbt: median(metrics.map((m) => m.tbt)),
          cls: median(metrics.map((m) => m.cls)),
        }
      }
      rows.push(row)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
