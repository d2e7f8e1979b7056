import { expect, test } from './fixtures'

test('from a meeting page, compare with the previous meeting; the link can be shared @narrow', async ({ page }) => {
  await page.goto('/?meeting=2021-trieste')
  await page.getByRole('link', { name: 'Compare with the previous meeting' }).click()
  await expect(page).toHaveURL(/\/compare\/\?a=2020-virtual-july&b=2021-trieste$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Compare two meetings' })).toBeFocused()
  await expect(page.getByRole('combobox', { name: 'First meeting' })).toHaveValue('2020-virtual-july')
  await expect(page.getByText(/^Compared with Virtual, July 2020, Trieste 2021 took up \d+ new/)).toBeVisible()
  // Nothing is wider than the screen on a phone: the columns stack.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the timeline leads to the comparison; it speaks Japanese and prints as shown', async ({ page }) => {
  await page.goto('/?view=timeline&lang=ja')
  await page.getByRole('link', { name: /^2つの会合を比較/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: '2つの会合を比較' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: '2つ目の会合' })).toHaveValue('2021-trieste')
  await expect(page.getByRole('region', { name: /^継続/ })).toContainText('の両方で扱われた。')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 2, name: '2つの会合を比較' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: '表示の切り替え' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'この比較を印刷' })).toBeHidden()
})

test('the DFFT theme page lists 2019, 2020 and 2021 and marks 2018 as not on the agenda; the matrix leads there @narrow', async ({
  page,
}) => {
  await page.goto('/themes/')
  // The matrix's table (behind "Show table") has a link per theme in its row headers.
  const table = page
    .getByRole('table')
    .filter({ has: page.getByRole('rowheader', { name: 'Data Free Flow with Trust (DFFT)' }) })
  // A native disclosure: it opens at once, hydrated or not.
  await page.locator('summary', { hasText: 'Show table' }).first().click()
  await expect(table).toBeVisible()
  await table.getByRole('link', { name: 'Data Free Flow with Trust (DFFT)' }).click()
  await expect(page).toHaveURL(/\/themes\/dfft\/$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Data Free Flow with Trust (DFFT)' })).toBeFocused()
  await expect(page.getByRole('region', { name: '2018' })).toContainText('Not on the agenda in 2018')
  for (const year of ['2019', '2020', '2021']) {
    await expect(page.getByRole('region', { name: year })).not.toContainText('Not on the agenda')
  }
  await expect(page.getByRole('region', { name: '2019' })).toContainText('Data Free Flow with Trust (DFFT)')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
