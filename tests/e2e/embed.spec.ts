import { expect, test } from './fixtures'

// ?embed=1: one view for another site's iframe, without the dashboard's header and footer.
test('embed=1 shows the view alone, with a link to its full page', async ({ page }) => {
  await page.goto('/themes/?embed=1')
  await expect(page.getByRole('figure', { name: 'Which themes appeared each year' })).toBeVisible()
  await expect(page.getByRole('banner')).toHaveCount(0)
  await expect(page.getByRole('contentinfo')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0)
  // The way out is a link named by the dashboard's title, to the same address without embed=1.
  const fullPage = page.getByRole('link', { name: "G20 Digital Ministers' Track", exact: true })
  await expect(fullPage).toHaveAttribute('href', '/themes/')
  await expect(fullPage).toHaveAttribute('target', '_top')

  // Without embed=1 the same address is the whole dashboard.
  await page.goto('/themes/')
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
  await expect(fullPage).toHaveCount(0)
})

test('in an iframe, links inside stay embedded and the link back opens the full page in the top window', async ({
  page,
}) => {
  // A host page on the same origin (vite preview sends no frame-ancestors), served by the test.
  await page.route('**/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Host</title><h1>Our intranet</h1><iframe title="G20 timeline" src="/ja/timeline/?embed=1" width="1000" height="700"></iframe>',
    }),
  )
  await page.goto('/host.html')
  const frame = page.frameLocator('iframe[title="G20 timeline"]')
  await frame
    .getByRole('list', { name: '会合一覧(2017〜2021年)' })
    .getByRole('link', { name: 'トリエステ 2021' })
    .click()
  await expect(frame.getByRole('heading', { level: 2, name: 'G20デジタル大臣会合' })).toBeVisible()
  await expect(frame.getByRole('banner')).toHaveCount(0)

  await frame.getByRole('link', { name: 'G20デジタル大臣会合', exact: true }).click()
  await expect(page).toHaveURL(/\/ja\/meetings\/2021-trieste\/$/)
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'G20デジタル大臣会合' })).toBeVisible()
})

test('one chart alone: embed=1&chart=… shows that figure with its table, credit and link back, in both languages', async ({
  page,
}) => {
  await page.goto('/themes/?pillar=digital-government&embed=1&chart=matrix')
  await expect(page.getByRole('figure')).toHaveCount(1)
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  await expect(figure).toBeVisible()
  await expect(page.getByRole('banner')).toHaveCount(0)
  await expect(page.getByRole('contentinfo')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Themes across years' })).toHaveCount(0)
  // Its table, and where the data comes from, as of when, under which licence.
  await figure.locator('summary', { hasText: 'Show table' }).click()
  await expect(figure.getByRole('table', { name: 'Which themes appeared each year' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(/Data as of .+ · Dataset version /)
  // The host already has the embed code: the frame offers none of its own.
  await expect(page.getByRole('button', { name: /^Copy embed code/ })).toHaveCount(0)
  const back = page.getByRole('link', { name: "G20 Digital Ministers' Track", exact: true })
  await expect(back).toHaveAttribute('href', '/themes/?pillar=digital-government')
  await expect(back).toHaveAttribute('target', '_top')

  await page.goto('/ja/themes/?embed=1&chart=pillars')
  await expect(page.getByRole('figure')).toHaveCount(1)
  await expect(page.getByRole('figure', { name: '会合ごとのトピック数(分野別)' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('データセット')

  // A chart name it does not know: the whole view, nothing lost.
  await page.goto('/themes/?embed=1&chart=pie')
  await expect(page.getByRole('figure')).toHaveCount(2)
  await expect(page.getByRole('heading', { name: 'Themes across years' })).toBeVisible()
})

test('Copy embed code gives an iframe of that chart, as filtered; its address shows the same chart', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/themes/?years=2021')
  const figure = page.getByRole('figure', { name: 'Topics per meeting, by pillar' })
  await figure.getByRole('button', { name: 'Copy embed code: Topics per meeting, by pillar' }).click()
  await expect(figure.getByText('Embed code copied')).toBeVisible()
  const code = await page.evaluate(() => navigator.clipboard.readText())
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+" title="Topics per meeting, by pillar" [^>]*><\/iframe>$/)
  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')
  expect(new URL(src).pathname).toBe('/themes/')
  expect(new URL(src).searchParams.get('years')).toBe('2021')
  await page.goto(src)
  await expect(page.getByRole('figure')).toHaveCount(1)
  await expect(page.getByRole('figure', { name: 'Topics per meeting, by pillar' })).toBeVisible()
  await expect(page.getByRole('banner')).toHaveCount(0)
})

// The copied code, pasted on a host page: the chart fits its frame, with nothing to scroll inside it.
test('the embed code of each chart gives a frame the chart fits in without scrolling', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  for (const title of ['Which themes appeared each year', 'Topics per meeting, by pillar']) {
    await page.goto('/themes/')
    await page.getByRole('button', { name: `Copy embed code: ${title}` }).click()
    await expect(page.getByRole('figure', { name: title }).getByText('Embed code copied')).toBeVisible()
    const code = await page.evaluate(() => navigator.clipboard.readText())
    await page.route('**/host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><main style="width: 1000px">${code}</main>`,
      }),
    )
    await page.goto('/host.html')
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('figure', { name: title })).toBeVisible()
    await expect(frame.getByText(/Dataset version/)).toBeVisible()
    const overflow = await frame
      .locator('html')
      .evaluate(
        (html) =>
          new Promise<number>((resolve) => setTimeout(() => resolve(html.scrollHeight - html.clientHeight), 1500)),
      )
    expect(overflow, title).toBeLessThanOrEqual(0)
    await page.unroute('**/host.html')
  }
})
