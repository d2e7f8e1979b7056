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

test('a deep link fetches its view’s code up front, before the app itself runs', async ({ page }) => {
  // Hold the app's entry chunk back: only boot.js can ask for the meeting view's code now.
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort())
  const viewCode = page.waitForRequest(/\/assets\/MeetingDetail-[^/]*\.js$/, { timeout: 10_000 })
  await page.goto('/?meeting=2021-trieste')
  expect((await viewCode).url()).toContain('MeetingDetail')
})

test('the plain overview fetches no lazy view’s code up front', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Digital Identity' })).toBeAttached()
  expect(requested.filter((url) => /MeetingDetail|Presentation|ThemesView|TimelineView/.test(url))).toEqual([])
})
