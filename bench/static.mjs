// Builds the benchmark's baseline: the same first view as a static HTML page.
// The app's own components are server-rendered (Vite SSR) with the dataset
// pre-seeded, written into a copy of the built index.html without any app
// script, keeping public/boot.js, which sets the 'cards-visible' mark as soon as
// the prerendered cards have been parsed, in the static page as in the app.
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
  // No app: the module script and the preloads go. The page keeps what is not the
  // app: the markup, the stylesheet and boot.js, which sets the same 'cards-visible'
  // mark in both pages (same script, same place), so the two compare like with like.
  for (const el of doc.querySelectorAll('script[type="module"], link[rel="modulepreload"], link[rel="preload"]')) {
    el.remove()
  }
  rootEl.innerHTML = html
  if (!doc.querySelector('script[src="/boot.js"]')) throw new Error('static page: the built index.html has no boot.js')
  const page = doc.documentElement.outerHTML
  await mkdir(dist, { recursive: true })
  await writeFile(join(dist, name), `<!doctype html>\n${page}`)
  return `/${name}`
}
