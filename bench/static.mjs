// The benchmark's baseline: the same page without the app. The build prerenders every page into its
// own index.html (vite.config.ts); the static copy keeps that markup, the stylesheet and
// public/boot.js, inlined (which sets the 'cards-visible' mark once the prerendered cards are parsed, in both
// pages alike) and drops what starts the app (boot.js's data-entry, any module script and preloads), so the two compare like with like.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'

/** Writes the script-free copy of `${dist}/${page}index.html` as `${dist}/${name}` and returns its path. */
export async function writeStaticPage({ dist, page = '', name = 'static.html' }) {
  const doc = new JSDOM(await readFile(join(dist, page, 'index.html'), 'utf8')).window.document
  const root = doc.querySelector('#root[data-prerendered]')
  if (!root) throw new Error(`static page: ${page}index.html is not prerendered (no #root[data-prerendered])`)
  if (!root.querySelector('article')) throw new Error(`static page: ${page}index.html has no topic cards`)
  for (const el of doc.querySelectorAll('script[type="module"], link[rel="modulepreload"], link[rel="preload"]')) {
    el.remove()
  }
  // public/boot.js is inlined (vite.config.ts, criticalFirst); without data-entry it does not start the app.
  const boot = doc.querySelector('script[data-entry]')
  if (!boot) throw new Error('static page: the built page has no inline boot script')
  boot.removeAttribute('data-entry')
  await writeFile(join(dist, name), `<!doctype html>\n${doc.documentElement.outerHTML}`)
  return `/${name}`
}
