// Fails when the JavaScript and CSS the first view loads exceed the budget, or when the first view is not
// prerendered (every topic card of the overview in dist/index.html's root element, before any script runs).
// "Initial" = the entry chunk and everything it imports statically (modulepreload),
// read from dist/index.html; lazily loaded chunks (charts, briefing) do not count.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { initialScripts, inlineScripts } from './initialScripts.mjs'

const BUDGET_JS_KB = 100
// SIZE_DIST checks another build folder (parallel runs build into their own).
const dist = process.env.SIZE_DIST ?? new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = initialScripts(html)
const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1])
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024

const inlineKb = inlineScripts(html).reduce((sum, text) => sum + gzipSync(text).length / 1024, 0)
const jsKb = scripts.reduce((sum, f) => sum + gz(f), inlineKb)
const cssKb = [...new Set(styles)].reduce((sum, f) => sum + gz(f), 0)
console.log(
  `initial JS ${jsKb.toFixed(1)} KB gzip (budget ${BUDGET_JS_KB} KB), CSS ${cssKb.toFixed(1)} KB gzip, files: ${scripts.join(', ')}`,
)
if (scripts.length === 0) {
  console.error('size budget: no script found in dist/index.html')
  process.exit(1)
}
if (jsKb > BUDGET_JS_KB) {
  console.error(`size budget exceeded: initial JS is ${jsKb.toFixed(1)} KB gzip, over ${BUDGET_JS_KB} KB`)
  process.exit(1)
}

// The build prerenders the overview (vite.config.ts): the root element must hold a card for every topic
// of the default scope, the core 2017–2021 (SCOPE_SPANS.core in src/data/vocabulary.ts).
const file = JSON.parse(readFileSync(join(dist, 'data/g20-digital.json'), 'utf8'))
const coreMeetings = new Set(
  file.meetings.filter((m) => m.startDate >= '2017' && m.startDate < '2022').map((m) => m.id),
)
const dataset = { topics: file.topics.filter((t) => coreMeetings.has(t.meetingId)) }
const rootStart = html.search(/<div id="root"[^>]*\bdata-prerendered\b/)
const rootEnd = html.indexOf('<script', rootStart)
const prerendered = rootStart === -1 ? '' : html.slice(rootStart, rootEnd === -1 ? undefined : rootEnd)
const escapeHtml = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
const missing = dataset.topics.filter((topic) => !prerendered.includes(escapeHtml(topic.title.en)))
const articles = prerendered.match(/<article\b/g)?.length ?? 0
console.log(
  `prerendered first view: ${articles} cards, ${dataset.topics.length - missing.length} of ${dataset.topics.length} topic titles`,
)
if (rootStart === -1) {
  console.error('first view: dist/index.html has no prerendered root (<div id="root" data-prerendered>)')
  process.exit(1)
}
if (missing.length > 0 || articles < dataset.topics.length) {
  console.error(
    `first view: the prerendered root lacks ${missing.length} topic titles (${missing
      .slice(0, 3)
      .map((t) => t.title.en)
      .join('; ')}…) or has fewer cards (${articles}) than topics (${dataset.topics.length})`,
  )
  process.exit(1)
}
