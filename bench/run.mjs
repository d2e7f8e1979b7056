// npm run bench: builds the app, serves it on 127.0.0.1 and measures, in Chromium,
// the initial JS/CSS per view, Lighthouse performance, time to the topic cards
// against a static server-rendered page, and filter latency (real and 10,000
// topics). Prints a table with PASS/FAIL per target; writes bench/results.json.
// Speed lives here, never in timed test assertions.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { makeBigDataset } from './bigDataset.mjs'
import { launchBrowser } from './browser.mjs'
import { measureCardsVisible } from './cardsVisible.mjs'
import { measureLatency } from './latency.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { serveStatic } from './serve.mjs'
import { measureSizes } from './sizes.mjs'
import { writeStaticPage } from './static.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'bench/.tmp/dist')
const port = Number(process.env.BENCH_PORT ?? 4190)
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1'

const TARGETS = {
  lighthouseMobile: 98,
  initialJsKb: 100,
  cardsRatio: 1.15,
  latencyRealMs: 16,
  latencyBigMs: 100,
}
const SIZE_VIEWS = [
  { name: 'overview', path: '/' },
  { name: 'timeline', path: '/?view=timeline' },
  { name: 'meeting', path: '/?meeting=2021-trieste' },
  { name: 'themes', path: '/?view=themes' },
  { name: 'briefing', path: '/?slide=1' },
]
const LIGHTHOUSE_VIEWS = SIZE_VIEWS.filter((v) => v.name !== 'themes')

const started = Date.now()
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}`)
const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(digits))
const verdict = (ok) => (ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL')

log('building into bench/.tmp/dist')
execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
})
log('server-rendering the static first view')
const staticPath = await writeStaticPage({ root, dist })
const server = await serveStatic(dist, port)
const browser = await launchBrowser()
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  targets: TARGETS,
}
try {
  log('initial JS and CSS per view')
  results.sizes = await measureSizes(browser, server.url, SIZE_VIEWS)

  log('time until the topic cards are visible (app vs static, median of 7)')
  results.cardsVisible = await measureCardsVisible(browser, `${server.url}/`, server.url + staticPath, 7)

  log('filter latency, real dataset')
  results.latencyReal = await measureLatency(browser, `${server.url}/`)
  log('filter latency, 10,000 topics')
  const real = JSON.parse(readFileSync(join(root, 'public/data/g20-digital.json'), 'utf8'))
  // ?lang=en: the same overview, rendered by the client (the prerendered HTML holds the real 39 topics).
  results.latencyBig = await measureLatency(browser, `${server.url}/?lang=en`, {
    dataset: makeBigDataset(real, 10_000),
  })

  if (!skipLighthouse) {
    log(`Lighthouse mobile and desktop, median of ${lighthouseRuns}`)
    results.lighthouse = await measureLighthouse(server.url, LIGHTHOUSE_VIEWS, lighthouseRuns)
  }
} finally {
  await browser.close()
  await server.close()
}
results.seconds = Math.round((Date.now() - started) / 1000)
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n')
printReport(results)

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

function printReport(r) {
  const lines = []
  const pad = (s, n) => String(s).padEnd(n)
  const padL = (s, n) => String(s).padStart(n)
  lines.push('', 'Download per view (gzip): JS requested before the load event, then all JS and CSS by network idle')
  lines.push(
    `  ${pad('view', 10)}${padL('JS load', 9)}${padL('JS idle', 9)}${padL('CSS', 7)}${padL('total', 8)}  target initial JS <= ${TARGETS.initialJsKb} KB`,
  )
  for (const s of r.sizes)
    lines.push(
      `  ${pad(s.view, 10)}${padL(fmt(s.jsAtLoadKb), 9)}${padL(fmt(s.jsKb), 9)}${padL(fmt(s.cssKb), 7)}${padL(fmt(s.totalKb), 8)}  ${verdict(s.jsAtLoadKb <= TARGETS.initialJsKb)}${s.jsKb > TARGETS.initialJsKb ? ' (over by idle)' : ''}`,
    )

  if (r.lighthouse) {
    lines.push('', `Lighthouse performance (median of ${lighthouseRuns}; runs in brackets)`)
    lines.push(
      `  ${pad('view', 10)}${padL('mobile', 8)}${padL('desktop', 9)}  ${pad('mobile FCP/LCP/TBT ms', 24)}${pad('desktop CLS', 12)}target mobile >= ${TARGETS.lighthouseMobile}`,
    )
    for (const l of r.lighthouse) {
      const m = l.mobileMetrics
      lines.push(
        `  ${pad(l.view, 10)}${padL(fmt(l.mobile, 0), 8)}${padL(fmt(l.desktop, 0), 9)}  ${pad(`${fmt(m.fcp, 0)}/${fmt(m.lcp, 0)}/${fmt(m.tbt, 0)}`, 24)}${pad(fmt(l.desktopMetrics.cls, 2), 12)}${verdict(l.mobile === null ? null : l.mobile >= TARGETS.lighthouseMobile)}  [${l.mobileRuns.join(',')}] [${l.desktopRuns.join(',')}]`,
      )
    }
  } else lines.push('', 'Lighthouse skipped (BENCH_SKIP_LIGHTHOUSE=1)')

  const c = r.cardsVisible
  lines.push('', "Time until the topic cards are visible ('cards-visible' mark, median of 7)")
  lines.push(
    `  app ${fmt(c.appMs, 0)} ms, static server-rendered page ${fmt(c.staticMs, 0)} ms, ratio ${fmt(c.ratio, 2)} (target <= ${TARGETS.cardsRatio}) ${verdict(c.ratio <= TARGETS.cardsRatio)}`,
  )
  lines.push(`  first contentful paint: app ${fmt(c.appFcpMs, 0)} ms, static ${fmt(c.staticFcpMs, 0)} ms`)

  lines.push('', 'Filter-and-render latency (input event to next paint, median of 10)')
  for (const [label, l, target] of [
    ['real (39 topics)', r.latencyReal, TARGETS.latencyRealMs],
    ['10,000 topics', r.latencyBig, TARGETS.latencyBigMs],
  ]) {
    lines.push(
      `  ${pad(label, 18)} lens click ${padL(fmt(l.lensMs), 7)} ms ${verdict(l.lensMs === null ? null : l.lensMs <= target)}   search keystroke ${padL(fmt(l.searchMs), 7)} ms ${verdict(l.searchMs === null ? null : l.searchMs <= target)}   (target <= ${target} ms)${l.notes.length ? `  note: ${l.notes.join('; ')}` : ''}`,
    )
  }
  lines.push('', `bench/results.json written; ${r.seconds} s in all`)
  console.log(lines.join('\n'))
}
