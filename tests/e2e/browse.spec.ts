import { expect, test } from './fixtures'

const lens = (name: string) => ({ name: new RegExp(`^${name}$`) })

test('the Digital government lens shows only government topics, says so in the URL, and survives a reload @narrow', async ({
  page,
}) => {
  await page.goto('/?view=topics')
  const cards = page.getByRole('article')
  await expect(cards.first()).toBeVisible()
  const all = await cards.count()

  await page.getByRole('button', lens('Digital government')).click()
  await expect(page).toHaveURL(/[?&]pillar=digital-government(&|$)/)
  await expect(page.getByRole('button', lens('Digital government'))).toHaveAttribute('aria-pressed', 'true')
  const government = await cards.count()
  expect(government).toBeGreaterThan(0)
  expect(government).toBeLessThan(all)
  // Every card shown carries the government badge, none the economy one.
  await expect(cards.getByText('Pillar: Digital government', { exact: true })).toHaveCount(government)
  await expect(cards.getByText('Pillar: Digital economy', { exact: true })).toHaveCount(0)
  await expect(page.getByText(`${government} Digital government topics (of `)).toBeVisible()

  await page.reload()
  await expect(page.getByRole('button', lens('Digital government'))).toHaveAttribute('aria-pressed', 'true')
  await expect(cards).toHaveCount(government)
})

test('searching "identity" finds Digital Identity with the match highlighted', async ({ page }) => {
  await page.goto('/?view=topics')
  await page.getByRole('searchbox', { name: 'Search topics' }).fill('identity')
  await expect(page).toHaveURL(/[?&]q=identity/)
  const card = page.getByRole('article', { name: 'Digital Identity' })
  await expect(card).toBeVisible()
  await expect(card.locator('mark').first()).toHaveText(/identity/i)
  await expect(page.getByRole('button', { name: 'Remove filter: “identity”' })).toBeVisible()
})

test('Back restores the previous view, Forward the next', async ({ page }) => {
  await page.goto('/?view=topics')
  await page.getByRole('button', lens('Digital economy')).click()
  await expect(page).toHaveURL(/pillar=digital-economy/)
  await page.getByRole('button', { name: '2021', exact: true }).click()
  await expect(page).toHaveURL(/years=2021/)
  const narrowed = await page.getByRole('article').count()

  await page.goBack()
  await expect(page).not.toHaveURL(/years=/)
  await expect(page.getByRole('button', { name: '2021', exact: true })).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByRole('button', lens('Digital economy'))).toHaveAttribute('aria-pressed', 'true')

  await page.goForward()
  await expect(page.getByRole('button', { name: '2021', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('article')).toHaveCount(narrowed)
})

test('a topic opens in a dialog with its own URL; Escape closes it and focus returns to the card @narrow', async ({
  page,
}) => {
  await page.goto('/?view=topics&q=identity')
  const link = page.getByRole('link', { name: 'Digital Identity', exact: true })
  await link.click()
  const dialog = page.getByRole('dialog', { name: 'Digital Identity' })
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(/[?&]topic=2021-digital-identity/)
  await expect(dialog).toContainText('From the declaration’s own structure')
  // Sources are named by publisher, official first; they open in a new tab.
  await expect(
    dialog.getByRole('link', { name: /^Ministry of Internal Affairs and Communications/ }).first(),
  ).toHaveAttribute('target', '_blank')

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page).not.toHaveURL(/topic=/)
  await expect(link).toBeFocused()

  // The detail's URL opens it directly.
  await page.goto('/?topic=2021-digital-identity')
  await expect(page.getByRole('dialog', { name: 'Digital Identity' })).toBeVisible()
})

test('unknown values fall back silently and the empty state clears the filters', async ({ page }) => {
  await page.goto('/?pillar=xyz&year=abc&themes=no-such-theme')
  await expect(page.getByRole('button', lens('All'))).toHaveAttribute('aria-pressed', 'true')
  // The topic cards (the meetings strip above them has cards of its own, which load apart).
  const cards = page.getByRole('region', { name: /^Topics \(/ }).getByRole('article')
  const all = await cards.count()
  expect(all).toBeGreaterThan(30)

  await page.getByRole('searchbox', { name: 'Search topics' }).fill('zzzz-nothing')
  await expect(page.getByRole('heading', { name: 'Nothing matches “zzzz-nothing”' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(cards).toHaveCount(all)
  await expect(page.getByRole('searchbox', { name: 'Search topics' })).toBeFocused()
})

test('Copy link copies the address of the view and confirms it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?view=topics&pillar=digital-government&years=2021')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(page.url())
})
