// Builds the benchmark's baseline: the same first view as a static HTML page.
// The app's own components are server-rendered (Vite SSR) with the dataset
// pre-seeded, written into a copy of the built index.html without any app
// script, plus a same-origin bench-mark.js that sets the same 'cards-visible'
// mark as soon as the cards have been parsed, as public/boot.js does for the app
// (the CSP allows no inline script).
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { createServer } from 'vite'

/** Server-renders `/` + `search` into `${dist}/${name}` and returns its path. */
export async function writeStaticPage({ root, dist, search = '', name = 'static.html' }) {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    url: `http://127.0.0.1/${search}`,
  })
  const saved = {}
  for (const key of ['window', 'document', 'location', 'history', 'localStorage', 'navigator']) {
    saved[key] = Object.getOwnPropertyDescriptor(globalThis, key)
    const value = key === 'window' ? dom.window : dom.window[key]
    Object.defineProperty(globalThis, key, {
      value,
      configurable: true,
      writable: true,
    })
  }
  Object.defineProperty(dom.window.navigator, 'languages', {
    value: ['en-GB', 'en'],
    configurable: true,
  })
  const vite = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  })
  let html
  try {
    const { render } = await vite.ssrLoadModule('/bench/entry-server.tsx')
    const raw = JSON.parse(await readFile(join(root, 'public/data/g20-digital.json'), 'utf8'))
    html = render(raw)
  } finally {
    await vite.close()
    for (const [key, desc] of Object.entries(saved)) {
      if (desc) Object.defineProperty(globalThis, key, desc)
      else delete globalThis[key]
    }
  }
  if (!html.includes('<article')) throw new Error('static page: the server render has no topic cards')
  const doc = new JSDOM(await readFile(join(dist, 'index.html'), 'utf8')).window.document
  const rootEl = doc.getElementById('root')
  if (!rootEl) throw new Error('static page: the built index.html has no #root')
  // No app script, no preloads: only the markup, the stylesheet and the mark.
  for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) el.remove()
  rootEl.removeAttribute('data-prerendered')
  rootEl.innerHTML = html
  const mark = doc.createElement('script')
  mark.src = '/bench-mark.js'
  doc.body.append(mark)
  const page = doc.documentElement.outerHTML
  await mkdir(dist, { recursive: true })
  await writeFile(
    join(dist, 'bench-mark.js'),
    "if (document.querySelector('#root article')) performance.mark('cards-visible')\n",
  )
  await writeFile(join(dist, name), `<!doctype html>\n${page}`)
  return `/${name}`
}
