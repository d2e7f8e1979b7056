/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createServer, defineConfig, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { basePath } from './deploy/basePath.ts'
import { bootScript, scriptHash } from './deploy/bootScript.ts'

/**
 * The Content-Security-Policy goes into the built page only: the dev server
 * needs an inline script for React Fast Refresh, the shipped app does not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}

/**
 * What the first paint waits for goes first, and nothing else competes with it: the stylesheet is
 * requested at the top, and public/boot.js is inlined at the end of the body (no request; the policy
 * allows it by its hash). The app's module script, its modulepreloads and the dataset preload leave
 * the markup: boot.js requests them (data-entry, data-modules, data-dataset) once a prerendered page
 * has painted, or at once when the app must render the page itself.
 */
function criticalFirst(): Plugin {
  let root = process.cwd()
  let base = '/'
  return {
    name: 'critical-first',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const stylesheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? []
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1]
        const modules = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].flatMap((m) =>
          m[1] ? [m[1]] : [],
        )
        const dataset = /<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/.exec(html)?.[1]
        if (!entry || !dataset) throw new Error('critical-first: index.html has no module script or dataset preload')
        const boot = bootScript(root)
        const page = stylesheets
          .reduce((out, tag) => out.replace(tag, ''), html)
          .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
          .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
          .replace(/\s*<link rel="preload" href="[^"]+" as="fetch"[^>]*>/, '')
          .replace(/(<link rel="icon"[^>]*>)/, `$1\n    ${stylesheets.join('\n    ')}`)
          .replace(
            /<script src="[^"]*boot\.js"><\/script>/,
            () =>
              `<script data-base="${base}" data-entry="${entry}" data-modules="${modules.join(' ')}" data-dataset="${dataset}">${boot}</script>`,
          )
          .replace(`script-src 'self'`, `script-src 'self' ${scriptHash(boot)}`)
        if (!page.includes(scriptHash(boot)) || /<script[^>]+src=/.test(page))
          throw new Error('critical-first: boot.js was not inlined with its hash in the policy')
        return page
      },
    },
  }
}

/**
 * After the client build, renders every page (each view and meeting, in English and Japanese, with
 * the real dataset) into its own index.html — dist/index.html, dist/topics/index.html,
 * dist/ja/meetings/2021-trieste/index.html … — so its content is on screen at first paint, for a
 * crawler, a link preview or a reader without JavaScript; src/main.tsx hydrates it.
 */
function prerenderPages(): Plugin {
  let outDir = 'dist'
  let root = process.cwd()
  let base = '/'
  return {
    name: 'prerender-pages',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
    },
    async closeBundle() {
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        base,
        resolve: { alias: { '@': resolve(root, 'src') } },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      })
      try {
        const { renderPages } = (await server.ssrLoadModule('/src/entry-server.tsx')) as {
          renderPages: (
            raw: unknown,
            base: string,
          ) => Promise<{ folder: string; lang: string; title: string; html: string }[]>
        }
        const raw: unknown = JSON.parse(await readFile(resolve(root, 'public/data/g20-digital.json'), 'utf8'))
        const template = await readFile(resolve(outDir, 'index.html'), 'utf8')
        if (!template.includes('<div id="root"></div>'))
          throw new Error('prerender: index.html has no empty <div id="root"></div> to render the pages into')
        for (const page of await renderPages(raw, base)) {
          const folder = resolve(outDir, page.folder)
          await mkdir(folder, { recursive: true })
          const html = template
            .replace('<html lang="en">', `<html lang="${page.lang}">`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
            .replace('<div id="root"></div>', `<div id="root" data-prerendered="">${page.html}</div>`)
          await writeFile(resolve(folder, 'index.html'), html)
        }
      } finally {
        await server.close()
      }
      // Every page inlines public/boot.js (criticalFirst): the copy of the file is not needed.
      await rm(resolve(outDir, 'boot.js'), { force: true })
      // Only now are all the pages written, so the service worker is generated here, after them.
      await writeServiceWorker(outDir, base)
    },
  }
}

/**
 * Writes dist/sw.js (Workbox generateSW): it precaches every built file — each prerendered
 * index.html, the assets, boot.js and data/g20-digital.json — so after one visit the whole
 * dashboard works with the network off. A page is fetched network-first (3 s timeout); offline it
 * is its own cached index.html, and an unknown path is the root index.html. A new build or
 * dataset changes the precache revisions, so the browser installs a new worker, which waits
 * until the reader chooses Reload (src/app/serviceWorker.ts). sw.js must be served no-cache.
 */
async function writeServiceWorker(outDir: string, base: string) {
  const { generateSW } = await import('workbox-build')
  const root = base
  await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,json,svg,png,ico,woff2,txt,webmanifest}'],
    swDest: resolve(outDir, 'sw.js'),
    modifyURLPrefix: { '': base },
    // The pages are answered by the network-first route below, not straight from the precache.
    directoryIndex: '__none__',
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    dontCacheBustURLsMatching: /\/assets\//,
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'g20-pages',
          networkTimeoutSeconds: 3,
          matchOptions: { ignoreSearch: true },
          plugins: [
            {
              // Offline and not in g20-pages: the page's own precached index.html, else the root one.
              handlerDidError: async ({ request }: { request: Request }) => {
                const url = new URL(request.url)
                const own = new URL(
                  (url.pathname.endsWith('/') ? url.pathname : url.pathname + '/') + 'index.html',
                  url,
                )
                const found = await caches.match(own.href, { ignoreSearch: true })
                return found ?? (await caches.match(new URL('__ROOT__index.html', url).href, { ignoreSearch: true }))
              },
            },
          ],
        },
      },
    ],
  })
  const sw = resolve(outDir, 'sw.js')
  await writeFile(sw, (await readFile(sw, 'utf8')).replaceAll('__ROOT__', root))
}

/** What `npm run build:offline` writes: one file, with every script, style and the dataset inside. */
export const SINGLE_FILE_NAME = 'g20-digital-dashboard.html'

/**
 * The single file's policy: no network at all (connect-src 'none'; the data is inside), its own inline
 * scripts by hash, and 'strict-dynamic' so a script those add (the PowerPoint writer, inlined as a data: URL)
 * may run. Styles are inline, fonts and images data: or blob: URLs.
 */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ')} 'strict-dynamic'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The offline build (`vite build --mode offline`, .env.offline): vite-plugin-singlefile inlines the bundle
 * (one chunk: the lazy views, charts, search and briefing are inside it) and the CSS; this puts in what it does
 * not see (public/boot.js, which is not part of the bundle), drops the dataset preload (the data is bundled,
 * src/data/loadDataset.ts), writes a Content-Security-Policy with the hashes of the inline scripts, and names
 * the file. Nothing is prerendered: on file:// the query names the page (src/url/address.ts), and the app
 * renders it on the client.
 */
function singleFile(): Plugin {
  let outDir = 'dist-offline'
  let root = process.cwd()
  return {
    name: 'single-file',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const boot = bootScript(root)
        const out = html
          .replace(/\s*<link rel="preload" href="\/data\/[^"]+"[^>]*>/, '')
          .replace('<script src="/boot.js"></script>', () => `<script>${boot}</script>`)
        if (out.includes('/boot.js') || out.includes('/data/'))
          throw new Error('single file: index.html still refers to a file')
        return out
      },
    },
    async closeBundle() {
      const built = resolve(outDir, 'index.html')
      const html = await readFile(built, 'utf8')
      if (/<script[^>]+\bsrc=|<link[^>]+rel="(?:stylesheet|modulepreload)"/.test(html))
        throw new Error('single file: a script or stylesheet was not inlined')
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
        createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64'),
      )
      const page = html.replace(
        '<meta charset="UTF-8" />',
        () =>
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(hashes)}" />`,
      )
      await writeFile(resolve(outDir, SINGLE_FILE_NAME), page)
      await rm(built)
    },
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export default defineConfig(({ mode }) => ({
  // BASE_PATH=/g20/ npm run build serves the app under /g20/ (README, "Deploy").
  base: basePath(process.env.BASE_PATH),
  plugins:
    // npm run build:offline: one self-contained file (OFFLINE_DIST, default dist-offline/), no public/ copied.
    mode === 'offline'
      ? [react(), tailwindcss(), singleFile(), viteSingleFile()]
      : [react(), tailwindcss(), contentSecurityPolicy(), criticalFirst(), prerenderPages()],
  ...(mode === 'offline' ? { publicDir: false as const } : {}),
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 has <link rel="modulepreload">: no polyfill in the first chunk (0.5 KB).
    modulePreload: { polyfill: false },
    ...(mode === 'offline' ? { outDir: process.env.OFFLINE_DIST ?? 'dist-offline' } : {}),
    // The offline file inlines every chunk (vite-plugin-singlefile): no groups there.
    rollupOptions:
      mode === 'offline'
        ? undefined
        : {
            output: {
              // What every page loads in one chunk, not five: React, React Query and the small shared modules
              // (words, vocabulary, localize) that lazy views also import. Fewer files compress better (0.8 KB).
              codeSplitting: {
                groups: [
                  {
                    name: 'first',
                    test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]|src[\\/](i18n|url)[\\/]|src[\\/]data[\\/](vocabulary|localize|useDataset|selectors)\.ts/,
                  },
                ],
              },
            },
          },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    // A guard against hangs, not a speed target: component tests that render the whole app take several seconds
    // on a loaded 2-core machine (the default 5 s timed out in a CI run). Speed lives in `npm run bench`.
    testTimeout: 20_000,
  },
}))
