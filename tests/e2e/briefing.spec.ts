import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface RawTopic {
  id: string
  meetingId: string
  pillar: string
  title: { en: string }
  sources: { url: string }[]
}
const dataset = JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as {
  topics: RawTopic[]
  meetings: { id: string; startDate: string }[]
}
// The default scope: topics of the 2017–2021 meetings.
const core = new Set(dataset.meetings.filter((m) => m.startDate >= '2017' && m.startDate < '2022').map((m) => m.id))
const government = dataset.topics.filter((t) => t.pillar === 'digital-government' && core.has(t.meetingId))

const slideNamed = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n} of \\d+$`) })
const currentSlide = (page: Page) => page.locator('[aria-roledescription="slide"]')

async function slideNumber(page: Page): Promise<number> {
  const label = await currentSlide(page).getAttribute('aria-label')
  return Number(label?.split(' of ')[0])
}

test('Present from a Digital government view gives topic slides only about government topics', async ({ page }) => {
  await page.goto('/?pillar=digital-government&outline=title,meetings,topics,chart,sources')
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(slideNamed(page, 1)).toBeVisible()
  await expect(page).toHaveURL(/[?&]slide=1(&|$)/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("G20 Digital Ministers' Track 2017–2021")
  await expect(currentSlide(page)).toContainText('Digital government')

  await page.keyboard.press('End')
  const total = await slideNumber(page)
  await page.keyboard.press('Home')
  const seen: { heading: string; cards: string[]; economy: number }[] = []
  for (let n = 1; n <= total; n++) {
    await expect(slideNamed(page, n)).toBeVisible()
    seen.push({
      heading: (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
      cards: await currentSlide(page).locator('ul > li > span:first-child').allTextContents(),
      economy: await currentSlide(page).getByText('Digital economy', { exact: true }).count(),
    })
    await page.keyboard.press('ArrowRight')
  }
  const topicSlides = seen.filter((s) => /^Topics( \(\d+ of \d+\))?$/.test(s.heading))
  expect(topicSlides.length).toBeGreaterThan(0)
  expect(topicSlides.map((s) => s.economy)).toEqual(topicSlides.map(() => 0))
  expect(topicSlides.flatMap((s) => s.cards)).toEqual(government.map((t) => t.title.en))
})

test('the keys move through the deck, the slide is in the URL, and Escape returns to Present', async ({ page }) => {
  await page.goto('/?pillar=digital-government')
  const present = page.getByRole('button', { name: 'Present' })
  await present.click()
  await expect(slideNamed(page, 1)).toBeVisible()
  // The slide announcer (the sync notice beside it is a role=status live region of its own).
  const live = page.locator('[aria-roledescription="carousel"] [aria-live="polite"]:not([role="status"])')
  await expect(live).toHaveText(/^Slide 1 of \d+: /)

  for (const [key, expected] of [
    ['ArrowRight', 2],
    [' ', 3],
    ['PageDown', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
  ] as const) {
    await page.keyboard.press(key)
    await expect(slideNamed(page, expected)).toBeVisible()
  }
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/)
  await expect(live).toHaveText(/^Slide 2 of \d+: Meetings in scope$/)

  await page.keyboard.press('End')
  const total = await slideNumber(page)
  expect(total).toBeGreaterThan(5)
  await page.keyboard.press('ArrowRight')
  await expect(slideNamed(page, total)).toBeVisible()
  await page.keyboard.press('Home')
  await expect(slideNamed(page, 1)).toBeVisible()
  await page.keyboard.press('4')
  await page.keyboard.press('Enter')
  await expect(slideNamed(page, 4)).toBeVisible()
  await expect(page).toHaveURL(/[?&]slide=4(&|$)/)

  await page.keyboard.press('b')
  await expect(currentSlide(page)).toHaveCount(0)
  // Blank is blank: the controls go too; only screen readers hear why.
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeHidden()
  await expect(live).toHaveText(/^Screen blanked\./)
  await page.keyboard.press('B')
  await expect(slideNamed(page, 4)).toBeVisible()
  // F asks for full screen; headless Chromium may refuse, and that must not break the deck.
  await page.keyboard.press('f')
  await expect(slideNamed(page, 4)).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(currentSlide(page)).toHaveCount(0)
  await expect(present).toBeFocused()
  await expect(page).not.toHaveURL(/slide=/)
  await expect(page).toHaveURL(/pillar=digital-government/)
})

test('a deep link opens that slide, and a number past the end opens the last', async ({ page }) => {
  await page.goto('/?slide=3')
  await expect(slideNamed(page, 3)).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Presentation' }).or(page.locator('[aria-roledescription="carousel"]')),
  ).toBeVisible()
  await page.goto('/?pillar=digital-government&slide=999')
  const label = await currentSlide(page).getAttribute('aria-label')
  const [n, total] = (label ?? '').split(' of ')
  expect(n).toBe(total)
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${total}(&|$)`))
})

test('the printed handout holds the filter sentence and every source URL of the shown topics', async ({
  page,
}, testInfo) => {
  await page.goto('/?pillar=digital-government')
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '')
  })
  await page.getByRole('button', { name: 'Print handout' }).click()
  await expect(page.locator('body[data-printed]')).toBeAttached()
  await page.emulateMedia({ media: 'print' })
  const handout = page.getByRole('article', { name: 'Printed handout' })
  await expect(handout).toBeVisible()
  // Nothing interactive is printed.
  await expect(page.getByRole('button')).toHaveCount(0)

  const pdfPath = testInfo.outputPath('handout.pdf')
  writeFileSync(pdfPath, await page.pdf({ format: 'A4' }))
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString()
  // pdftotext joins a word hyphenated at a line end ("su-\ndigitalizzazione" → "sudigitalizzazione"): compare without hyphens.
  const squashed = text.replace(/[\s-]+/g, '')
  expect(text.replace(/\s+/g, ' ')).toContain('4 Digital government topics (of ')
  expect(text).toMatch(/Dataset version \d+\.\d+\.\d+/)
  expect(text).toMatch(/Data as of/)
  expect(squashed).toContain('?pillar=digitalgovernment&lang=en')
  for (const topic of government) {
    expect(squashed).toContain(topic.title.en.replace(/[\s-]+/g, ''))
    for (const source of topic.sources) expect(squashed, source.url).toContain(source.url.replace(/-/g, ''))
  }
})

test('the CSV download has a header row and one row per visible topic', async ({ page }) => {
  await page.goto('/?view=topics&pillar=digital-government')
  const visible = government.length
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(visible)
  await page.getByRole('button', { name: 'Share and export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download topics (CSV)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^g20-digital-topics-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync(await file.path(), 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const rows = csv
    .slice(1)
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .filter((row) => row !== '')
  expect(rows[0]).toBe('ID,Title,Meeting,Date,Pillar,Themes,Summary,What was agreed,Best source,Sources')
  expect(rows).toHaveLength(visible + 1)
  expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(government.map((t) => t.id))
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible()
})

test('the theme is chosen in the header, remembered, and every theme passes axe on the overview and a slide', async ({
  page,
}) => {
  test.slow()
  const axe = () =>
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
  for (const [name, value] of [
    ['Light', 'light'],
    ['Dark', 'dark'],
    ['Projector', 'contrast'],
  ] as const) {
    await page.goto('/?pillar=digital-government')
    const themes = page.getByRole('group', { name: 'Theme' })
    await themes.getByRole('button', { name }).click()
    await expect(themes.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', value)
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
    expect((await axe()).violations, `overview, ${name}`).toEqual([])

    await page.getByRole('button', { name: 'Present' }).click()
    await expect(slideNamed(page, 1)).toBeVisible()
    await page.keyboard.press('4')
    await page.keyboard.press('Enter')
    await expect(slideNamed(page, 4)).toBeVisible()
    expect((await axe()).violations, `slide, ${name}`).toEqual([])
  }
})
