import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS } from '../playwright.config'

// The deployment check: the app built with BASE_PATH=/g20/, served under /g20/ with the headers
// and caching of deploy/nginx/g20-dashboard.conf (serveStatic.mjs). Its own port, 100 above
// the one the main browser tests use.
const port = Number(process.env.DEPLOY_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 100)
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/deploy',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // One test walks through several views of a cold app: room for a busy CI machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: chromePath, args: CHROMIUM_ARGS },
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: 'node tests/deploy/serveStatic.mjs',
    cwd: '../..',
    env: { DEPLOY_PORT: String(port) },
    url: `http://127.0.0.1:${port}/g20/`,
    reuseExistingServer: false,
    // The server builds the app first.
    timeout: 180_000,
    stdout: 'pipe',
  },
})
