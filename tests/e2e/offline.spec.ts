import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The other specs block service workers (tests/playwright.config.ts) so that page.route sees every request.
test.use({ serviceWorkers: 'allow' })

const dist = resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.E2E_DIST ?? 'dist')

/** One visit: the worker installs, and after a reload it controls the page. */
async function visitOnce(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('article').first()).toBeVisible()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test('after one visit, pages never opened work with the network off, data and filters included', async ({
  page,
  context,
}) => {
  await visitOnce(page)
  await context.setOffline(true)

  await page.goto('/ja/meetings/2021-trieste/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('heading', { level: 2, name: 'G20デジタル大臣会合' }).first()).toBeVisible()

  await page.goto('/topics/?pillar=digital-government')
  const cards = page.getByRole('article')
  await expect(cards.first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Digital government$/ })).toHaveAttribute('aria-pressed', 'true')
  const government = await cards.count()
  expect(government).toBeGreaterThan(1)
  await expect(cards.getByText('Pillar: Digital economy', { exact: true })).toHaveCount(0)
  // The data-driven part works offline: a search narrows the cards.
  await page.getByRole('searchbox', { name: 'Search topics' }).fill('identity')
  await expect(page.getByRole('article', { name: 'Digital Identity' })).toBeVisible()
  await expect.poll(() => cards.count()).toBeLessThan(government)

  // Offline, an address the build has no page for is still the app (the root page), not the browser's error.
  await page.goto('/no-such-page/')
  await expect(page.getByRole('heading', { level: 1, name: "G20 Digital Ministers' Track" })).toBeVisible()
})

test('a new build or dataset is announced in the footer, and Reload brings it in', async ({ page }) => {
  await visitOnce(page)
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the data is available' })
  await expect(notice).toHaveCount(0)

  // A real update: the server now has a different sw.js (as after a new build), and the browser checks for it.
  const swPath = resolve(dist, 'sw.js')
  const original = readFileSync(swPath, 'utf8')
  try {
    writeFileSync(swPath, `${original}\n// a newer build\n`)
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await expect(notice).toBeVisible()
    // Nothing was swapped silently: the page is still the one the reader had.
    // Waited for from before the click: the reloaded page (from the worker's cache) can finish loading
    // before the click's own wait has returned.
    const reloaded = page.waitForEvent('load')
    await page.getByRole('button', { name: 'Reload', exact: true }).click()
    await reloaded
    await expect(page.getByRole('article').first()).toBeVisible()
    await expect(notice).toHaveCount(0)
  } finally {
    writeFileSync(swPath, original)
  }
})
