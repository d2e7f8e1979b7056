import { readFileSync } from 'node:fs'
import { test as plain } from '@playwright/test'
import { expect, test } from './fixtures'

interface Seed {
  meetings: { id: string; name: { en: string; ja?: string } }[]
  topics: { title: { en: string } }[]
}
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed

// Every view and meeting page, in both languages, is a file of its own with its content in it.
plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false })

  plain('each view and each meeting page is readable, in English and Japanese', async ({ page }) => {
    const trieste = seed.meetings.find((m) => m.id === '2021-trieste')!
    await page.goto('/ja/meetings/2021-trieste/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('heading', { level: 2, name: trieste.name.ja })).toBeVisible()
    await expect(page.getByRole('region', { name: '大臣らが合意した内容' })).toContainText('採択')

    await page.goto('/topics/')
    await expect(page.getByRole('main').getByRole('article')).not.toHaveCount(0)
    await expect(page.getByRole('main')).toContainText(seed.topics[0]!.title.en)

    for (const [path, heading] of [
      ['/timeline/', /^Timeline, 2017–2021/],
      ['/themes/', /^Themes across years/],
      ['/compare/', /^Compare two meetings/],
      ['/ja/timeline/', /^年表/],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 2, name: heading }), path).toBeVisible()
    }
    // Every meeting, in both languages.
    for (const meeting of seed.meetings) {
      for (const prefix of ['', '/ja']) {
        const response = await page.goto(`${prefix}/meetings/${meeting.id}/`)
        expect(response?.status(), meeting.id).toBe(200)
        await expect(page.locator('main h2').first()).toBeVisible()
      }
    }
  })

  plain('each chart’s table opens by keyboard, in English and Japanese', async ({ page }) => {
    for (const [path, label, name] of [
      ['/themes/', 'Show table', 'Which themes appeared each year'],
      ['/ja/themes/', '表を表示', '各年に登場したテーマ'],
    ] as const) {
      await page.goto(path)
      const toggle = page.locator('summary', { hasText: label }).first()
      const table = page.getByRole('table', { name })
      await expect(table.first()).toBeHidden()
      await toggle.focus()
      await page.keyboard.press('Enter')
      await expect(table.first(), path).toBeVisible()
      await expect(table.first().getByRole('row')).not.toHaveCount(0)
    }
  })
})

test('an old ?view=…&meeting=…&lang=… link opens its page and the address bar shows the new form', async ({ page }) => {
  await page.goto('/?view=timeline&meeting=2019-tsukuba&lang=ja&q=AI')
  await expect(page).toHaveURL(/\/ja\/meetings\/2019-tsukuba\/\?q=AI$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('link', { name: '年表に戻る' })).toHaveAttribute('href', '/ja/timeline/?q=AI')
})

test('a prerendered page hydrates in place: the cards the server sent are the ones the app keeps', async ({ page }) => {
  // Hold the app's code until the server's first card is marked, so the mark is on the server's element.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/ja/topics/', { waitUntil: 'commit' })
  await page
    .locator('main article')
    .first()
    .evaluate((card) => card.setAttribute('data-from-server', ''))
  release()
  // The app is live once a control works: the dark theme applies (a click before hydration does nothing).
  await expect(async () => {
    await page.getByRole('button', { name: 'ダーク' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 500 })
  }).toPass({ timeout: 15_000 })
  await expect(page.locator('main article').first()).toHaveAttribute('data-from-server', '')
})

for (const [lang, path, dark, government] of [
  ['en', '/', 'Dark', 'Digital government'],
  ['ja', '/ja/', 'ダーク', 'デジタルガバメント'],
] as const) {
  test(`presses made before the app has started are acted on once it has (${lang})`, async ({ page }) => {
    // Hold the app's code, so the presses land on the server's HTML.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(path, { waitUntil: 'commit' })
    const darkButton = page.getByRole('button', { name: dark, exact: true })
    const lens = page.getByRole('button', { name: government, exact: true })
    await darkButton.click()
    await lens.press('Enter')
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark')
    release()
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live', { timeout: 15_000 })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(darkButton).toHaveAttribute('aria-pressed', 'true')
    await expect(lens).toHaveAttribute('aria-pressed', 'true')
    await expect(page).toHaveURL(/[?&]pillar=digital-government/)
  })
}

test('Show table pressed before the page hydrates stays open once it has, without a mismatch', async ({ page }) => {
  // Hold the app's code, so the press lands on the server's HTML.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/themes/', { waitUntil: 'commit' })
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  const table = figure.getByRole('table', { name: 'Which themes appeared each year' })
  await figure.locator('summary', { hasText: 'Show table' }).click()
  await expect(table).toBeVisible()
  release()
  // The app is live once a control works: the dark theme applies (the fixture fails on a hydration mismatch).
  await expect(async () => {
    await page.getByRole('button', { name: 'Dark' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 500 })
  }).toPass({ timeout: 15_000 })
  await expect(table).toBeVisible()
  await expect(table.getByRole('link', { name: 'Data Free Flow with Trust (DFFT)' })).toBeVisible()
})
