// What the browser actually downloads for each view: the gzip size of every JS
// and CSS response body. "At load" = the scripts requested before the load event
// (public/boot.js, inlined in the page, the entry and its static imports that boot.js requests
// right after the first paint: what the size budget counts); "by idle" = everything
// fetched until the network is idle (adds the lazy chunks the view pulls in as it
// renders: the validator beside the data, the view's own chunk).
import { gzipSync } from 'node:zlib'

const sum = (files, type) => files.filter((f) => f.type === type).reduce((s, f) => s + f.gzip, 0) / 1024

export async function measureSizes(browser, baseUrl, views) {
  const rows = []
  for (const view of views) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const pending = []
    page.on('request', (req) => {
      const type = req.resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      pending.push(
        req
          .response()
          .then((res) => res?.body())
          .then((body) => (body ? { url: new URL(req.url()).pathname, type, gzip: gzipSync(body).length } : null))
          .catch(() => null),
      )
    })
    await page.goto(baseUrl + view.path, { waitUntil: 'networkidle' })
    // Requested before the load event, by the page's own clock (a chunk imported in a load handler is after).
    // The inline boot script starts the app (data-entry, data-modules) after the first paint, which can
    // be after the load event: those files count as initial all the same, and so does the inline script.
    const { requested, named, inline } = await page.evaluate(() => {
      const load = performance.getEntriesByType('navigation')[0]?.loadEventStart ?? Infinity
      const boot = document.querySelector('script[data-entry]')
      return {
        requested: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < load)
          .map((entry) => new URL(entry.name).pathname),
        named: [boot?.getAttribute('data-entry'), ...(boot?.getAttribute('data-modules') ?? '').split(' ')]
          .filter(Boolean)
          .map((href) => new URL(href, location.href).pathname),
        inline: [...document.querySelectorAll('script:not([src])')].map((el) => el.textContent ?? ''),
      }
    })
    const early = new Set([...requested, ...named])
    const inlineGzip = inline.reduce((sum, text) => sum + gzipSync(text).length, 0) / 1024
    const files = (await Promise.all(pending)).filter(Boolean)
    const unique = [...new Map(files.map((f) => [f.url, { ...f, beforeLoad: early.has(f.url) }])).values()]
    const atLoad = unique.filter((f) => f.beforeLoad)
    rows.push({
      view: view.name,
      path: view.path,
      jsAtLoadKb: sum(atLoad, 'script') + inlineGzip,
      jsKb: sum(unique, 'script'),
      cssKb: sum(unique, 'stylesheet'),
      totalKb: sum(unique, 'script') + sum(unique, 'stylesheet'),
      files: unique.map((f) => `${f.url}${f.beforeLoad ? '' : ' (after load)'} ${(f.gzip / 1024).toFixed(1)} KB`),
    })
    await context.close()
  }
  return rows
}
