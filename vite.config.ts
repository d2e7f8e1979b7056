/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createServer, defineConfig, type Plugin } from 'vite'
import { basePath } from './deploy/basePath.ts'

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
 * After the client build, renders the first view (the overview in English,
 * with the real dataset) into dist/index.html so the topic cards are on
 * screen at first paint; src/main.tsx hydrates it.
 */
function prerenderFirstView(): Plugin {
  let outDir = 'dist'
  let root = process.cwd()
  return {
    name: 'prerender-first-view',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        resolve: { alias: { '@': resolve(root, 'src') } },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      })
      try {
        const { renderFirstView } = (await server.ssrLoadModule('/src/entry-server.tsx')) as {
          renderFirstView: (raw: unknown) => string
        }
        const raw: unknown = JSON.parse(await readFile(resolve(root, 'public/data/g20-digital.json'), 'utf8'))
        const file = resolve(outDir, 'index.html')
        const html = await readFile(file, 'utf8')
        if (!html.includes('<div id="root"></div>'))
          throw new Error('prerender: index.html has no empty <div id="root"></div> to render the first view into')
        await writeFile(
          file,
          html.replace('<div id="root"></div>', `<div id="root" data-prerendered="">${renderFirstView(raw)}</div>`),
        )
      } finally {
        await server.close()
      }
    },
  }
}

export default defineConfig({
  // BASE_PATH=/g20/ npm run build serves the app under /g20/ (README, "Deploy").
  base: basePath(process.env.BASE_PATH),
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), prerenderFirstView()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    // A guard against hangs, not a speed target: component tests that render the whole app take several seconds
    // on a loaded 2-core machine (the default 5 s timed out in a CI run). Speed lives in `npm run bench`.
    testTimeout: 20_000,
  },
})
