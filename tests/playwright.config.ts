import { existsSync, readFileSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromePath)) {
  throw new Error(
    `No Chromium at ${chromePath}. Browser tests need Debian's Chromium: run "apt-get update && apt-get install -y chromium fonts-noto-cjk" (or set CHROME_PATH).`,
  )
}

const port = Number(process.env.E2E_PORT ?? 4173)
// A separate build folder lets two test runs share one checkout.
const dist = process.env.E2E_DIST ?? 'dist'

/** The flags every Chromium here is started with (shared with the benchmark). */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
) as string[]

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The built app registers a service worker; requests it answers would bypass page.route.
    // tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'wide', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    { name: 'narrow', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }, grep: /@narrow/ },
  ],
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
