// Lighthouse performance scores (mobile, and desktop unless skipped; median of N) against the local
// server, with Debian's Chromium launched through chrome-launcher. Each run's report is kept in
// `${reportDir}/<view>-<form factor>-<run>.json`; the audits that cost points in the median run are
// listed in the results (the metrics below a perfect score, and the opportunities and diagnostics
// Lighthouse flags).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROME_PATH, CHROMIUM_ARGS, median } from './browser.mjs'

// chrome-launcher wants the new headless mode spelled out, and /dev/shm is small here.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'), '--disable-dev-shm-usage']
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
}

/** The audits of a report that cost points: weighted metrics under 1, and flagged opportunities and diagnostics. */
function costlyAudits(lhr) {
  const refs = lhr.categories.performance.auditRefs
  const out = []
  for (const ref of refs) {
    const audit = lhr.audits[ref.id]
    if (!audit || audit.score === null || audit.score >= 1) continue
    if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue
    if (ref.weight === 0 && audit.score >= 0.9) continue
    out.push({
      id: ref.id,
      weight: ref.weight,
      score: audit.score,
      display: audit.displayValue ?? '',
    })
  }
  return out.sort((a, b) => b.weight - a.weight || a.score - b.score)
}

export async function measureLighthouse(baseUrl, views, { runs = 3, desktop = true, reportDir } = {}) {
  if (reportDir) mkdirSync(reportDir, { recursive: true })
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  })
  const formFactors = [['mobile', undefined], ...(desktop ? [['desktop', desktopConfig]] : [])]
  const rows = []
  try {
    for (const view of views) {
      const row = { view: view.name, path: view.path }
      for (const [formFactor, config] of formFactors) {
        const reports = []
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
          if (reportDir && lhr)
            writeFileSync(join(reportDir, `${view.name}-${formFactor}-${i + 1}.json`), result.report)
          if (!lhr || lhr.runtimeError) {
            reports.push({ score: NaN })
            continue
          }
          const metrics = Object.fromEntries(
            Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue]),
          )
          reports.push({
            score: Math.round((lhr.categories.performance.score ?? 0) * 100),
            metrics,
            costly: costlyAudits(lhr),
          })
        }
        const scores = reports.map((r) => r.score)
        const score = median(scores)
        row[formFactor] = score
        row[`${formFactor}Runs`] = scores
        row[`${formFactor}Metrics`] = Object.fromEntries(
          Object.keys(METRICS).map((key) => [key, median(reports.map((r) => r.metrics?.[key]))]),
        )
        // The costly audits of the run whose score is the median (the lower one of an even count).
        const ranked = reports.filter((r) => Number.isFinite(r.score)).sort((a, b) => a.score - b.score)
        row[`${formFactor}Costly`] = ranked[Math.floor((ranked.length - 1) / 2)]?.costly ?? []
      }
      rows.push(row)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
