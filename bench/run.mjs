// npm run bench: builds the app, serves it on 127.0.0.1 and measures, in Chromium, the initial JS of
// every prerendered page (from its own HTML) and what each main view downloads, Lighthouse mobile
// (and desktop) performance, time to the topic cards against the same page without scripts, and
// filter and search latency (real data and 10,000 topics). Prints one table with PASS/FAIL per
// target (issue 15); writes bench/results.json and keeps the Lighthouse reports in
// bench/.tmp/lighthouse/. Speed lives here, never in timed test assertions.
//   BENCH_PORT (4190), BENCH_LIGHTHOUSE_RUNS (3), BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_DESKTOP=1
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
import { measurePages } from './pages.mjs'
import { measureSizes } from './sizes.mjs'
import { writeStaticPage } from './static.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'bench/.tmp/dist')
const port = Number(process.env.BENCH_PORT ?? 4190)
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1'
const skipDesktop = process.env.BENCH_SKIP_DESKTOP === '1'

// Issue 15, "Speed to the limit".
const TARGETS = {
  lighthouseMobile: 100,
  initialJsKb: 100,
  cardsRatio: 1.15,
  latencyRealMs: 16,
  latencyBigMs: 100,
}
// The addresses of src/url/address.ts: the view, meeting and language in the path, each a
// prerendered page; the deck is any view with ?slide=N (here the overview's).
const LIGHTHOUSE_VIEWS = [
  { name: 'overview', path: '/' },
  { name: 'topics', path: '/topics/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'meeting', path: '/meetings/2021-trieste/' },
  { name: 'themes', path: '/themes/' },
  { name: 'deck', path: '/?slide=1' },
]
const SIZE_VIEWS = [
  ...LIGHTHOUSE_VIEWS,
  { name: 'compare', path: '/compare/' },
  { name: 'theme', path: '/themes/dfft/' },
  { name: 'ja overview', path: '/ja/' },
  { name: 'ja meeting', path: '/ja/meetings/2021-trieste/' },
]

const started = Date.now()
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}`)
const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(digits))
const verdict = (ok) => (ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL')

log('building into bench/.tmp/dist')
const buildEnv = { ...process.env }
delete buildEnv.BASE_PATH
execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: buildEnv,
})
log('the overview without scripts, for the static baseline')
const staticPath = await writeStaticPage({ dist })
const server = await serveStatic(dist, port)
const browser = await launchBrowser()
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  targets: TARGETS,
}
try {
  log('initial JS of every prerendered page, from its HTML')
  results.pages = measurePages(dist)
  log('what each view downloads')
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
    results.lighthouse = await measureLighthouse(server.url, LIGHTHOUSE_VIEWS, {
      runs: lighthouseRuns,
      desktop: !skipDesktop,
      reportDir: join(root, 'bench/.tmp/lighthouse'),
    })
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
  const rows = []
  const row = (target, measured, goal, ok, note = '') => rows.push({ target, measured, goal, ok, note })

  const pages = r.pages
  const worst = pages.reduce((a, b) => (b.jsKb > a.jsKb ? b : a), pages[0])
  const over = pages.filter((p) => p.jsKb > TARGETS.initialJsKb)
  const bare = pages.filter((p) => !p.prerendered)
  row(
    `initial JS, every page (${pages.length})`,
    `max ${fmt(worst?.jsKb)} KB (${worst?.page}), min ${fmt(Math.min(...pages.map((p) => p.jsKb)))} KB`,
    `<= ${TARGETS.initialJsKb} KB gzip`,
    pages.length > 0 && over.length === 0,
    [
      over.length ? `over: ${over.map((p) => p.page).join(' ')}` : '',
      bare.length ? `${bare.length} not prerendered` : '',
    ]
      .filter(Boolean)
      .join('; '),
  )
  for (const s of r.sizes)
    row(
      `  JS before load, ${s.view}`,
      `${fmt(s.jsAtLoadKb)} KB (${fmt(s.jsKb)} by idle, CSS ${fmt(s.cssKb)})`,
      `<= ${TARGETS.initialJsKb} KB gzip`,
      s.jsAtLoadKb <= TARGETS.initialJsKb,
    )

  if (r.lighthouse) {
    for (const l of r.lighthouse) {
      const m = l.mobileMetrics
      row(
        `Lighthouse mobile, ${l.view} (${l.path})`,
        `${fmt(l.mobile, 0)} [${l.mobileRuns.join(',')}] FCP ${fmt(m.fcp, 0)} LCP ${fmt(m.lcp, 0)} TBT ${fmt(m.tbt, 0)} CLS ${fmt(m.cls, 3)} SI ${fmt(m.si, 0)}`,
        `>= ${TARGETS.lighthouseMobile}`,
        l.mobile === null ? null : l.mobile >= TARGETS.lighthouseMobile,
        l.mobile !== null && l.mobile < TARGETS.lighthouseMobile
          ? l.mobileCostly.map((a) => `${a.id}${a.display ? ` ${a.display}` : ''}`).join(', ')
          : '',
      )
    }
  } else row('Lighthouse', 'skipped (BENCH_SKIP_LIGHTHOUSE=1)', '', null)

  const c = r.cardsVisible
  row(
    'cards visible, app / static page',
    `${fmt(c.ratio, 2)}x (${fmt(c.appMs, 0)} / ${fmt(c.staticMs, 0)} ms; FCP ${fmt(c.appFcpMs, 0)}/${fmt(c.staticFcpMs, 0)}, LCP ${fmt(c.appLcpMs, 0)}/${fmt(c.staticLcpMs, 0)})`,
    `<= ${TARGETS.cardsRatio}x`,
    c.ratio <= TARGETS.cardsRatio,
  )

  for (const [label, l, target] of [
    ['real data', r.latencyReal, TARGETS.latencyRealMs],
    ['10,000 topics', r.latencyBig, TARGETS.latencyBigMs],
  ]) {
    const note = l.notes.join('; ')
    for (const [what, paint, list] of [
      ['lens click', l.lensPaintMs, l.lensMs],
      ['search keystroke', l.searchPaintMs, l.searchMs],
    ]) {
      row(
        `${what} to next paint, ${label}`,
        `${fmt(paint)} ms`,
        `<= ${target} ms`,
        paint === null ? null : paint <= target,
        note,
      )
      row(
        `${what} to the list painted, ${label}`,
        `${fmt(list)} ms`,
        `<= ${target} ms`,
        list === null ? null : list <= target,
        note,
      )
    }
  }

  const w1 = Math.max(...rows.map((x) => x.target.length)) + 2
  const w2 = Math.min(Math.max(...rows.map((x) => x.measured.length)) + 2, 90)
  const w3 = Math.max(...rows.map((x) => x.goal.length)) + 2
  lines.push('', `${pad('target', w1)}${pad('measured (median)', w2)}${pad('goal', w3)}verdict`)
  lines.push('-'.repeat(w1 + w2 + w3 + 7))
  for (const x of rows)
    lines.push(
      `${pad(x.target, w1)}${pad(x.measured, w2)}${pad(x.goal, w3)}${verdict(x.ok)}${x.note ? `  ${x.note}` : ''}`,
    )
  if (r.lighthouse && !skipDesktop)
    lines.push(
      '',
      `Lighthouse desktop (no target): ${r.lighthouse.map((l) => `${l.view} ${fmt(l.desktop, 0)} [${l.desktopRuns.join(',')}]`).join(', ')}`,
    )
  const failed = rows.filter((x) => x.ok === false).length
  lines.push(
    '',
    `${failed === 0 ? 'every target met' : `${failed} target(s) not met`}; bench/results.json written; ${r.seconds} s in all`,
  )
  console.log(lines.join('\n'))
}
