import { expect, test } from './fixtures'

test('the topic cards render from the dataset @narrow', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: "G20 Digital Ministers' Track" })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Digital Identity' })).toBeVisible()
  const cards = page.getByRole('article')
  expect(await cards.count()).toBeGreaterThanOrEqual(11)
  await expect(page.getByRole('contentinfo').getByText(/Data as of/)).toBeVisible()
})

test('a dataset answered with HTTP 500 shows the error panel, and Retry recovers', async ({ page }) => {
  let failing = true
  await page.route('**/data/g20-digital.json', async (route) => {
    if (failing) await route.fulfill({ status: 500, body: 'boom' })
    else await route.continue()
  })
  await page.goto('/')
  const panel = page.getByRole('alert')
  await expect(panel).toContainText('The dataset could not be loaded')
  await expect(panel).toContainText('HTTP 500')
  // The rest of the page is still there.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  failing = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { name: 'Digital Identity' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
