// Initial JS of every prerendered page, read from the page's own HTML (dist/**/index.html): the
// scripts (public/boot.js and the entry) and modulepreloads it names, gzip-compressed, as the size
// budget counts them for dist/index.html (tests/size-budget.mjs). Each page is a file of its own,
// so each is counted.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { initialScripts, inlineScripts } from '../tests/initialScripts.mjs'

function pagesUnder(dir) {
  const found = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name === 'assets') continue
    if (statSync(path).isDirectory()) found.push(...pagesUnder(path))
    else if (name === 'index.html') found.push(path)
  }
  return found
}

/** One row per page: its address ("/ja/meetings/2021-trieste/"), initial JS and CSS in KB gzip, the files. */
export function measurePages(dist, base = '/') {
  const gz = new Map()
  const sizeOf = (href) => {
    const file = join(dist, href.startsWith(base) ? href.slice(base.length) : href)
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length / 1024)
    return gz.get(file)
  }
  return pagesUnder(dist)
    .map((file) => {
      const html = readFileSync(file, 'utf8')
      const scripts = initialScripts(html)
      const styles = new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]))
      const folder = relative(dist, join(file, '..'))
      return {
        page: `/${folder === '' ? '' : `${folder}/`}`,
        jsKb: inlineScripts(html).reduce(
          (sum, text) => sum + gzipSync(text).length / 1024,
          scripts.reduce((sum, f) => sum + sizeOf(f), 0),
        ),
        cssKb: [...styles].reduce((sum, f) => sum + sizeOf(f), 0),
        htmlKb: gzipSync(html).length / 1024,
        prerendered: /<div id="root" data-prerendered/.test(html),
        scripts,
      }
    })
    .sort((a, b) => a.page.localeCompare(b.page))
}
