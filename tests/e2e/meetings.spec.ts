import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { formatDateRange } from '../../src/i18n/format'
import { expect, test } from './fixtures'

interface SeedMeeting {
  id: string
  startDate: string
  endDate: string
  name: { en: string }
  shortName: { en: string }
}
interface Seed {
  meetings: SeedMeeting[]
  topics: { meetingId: string; themes: string[] }[]
  themes: { id: string; name: { en: string } }[]
}

// Expectations come from the dataset file itself, not from hard-coded answers.
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed
// The timeline's main list is the core 2017–2021; the meetings since are in their own band (since2021.spec.ts).
const meetings = seed.meetings
  .filter((m) => m.startDate >= '2017' && m.startDate < '2022')
  .sort((a, b) => a.startDate.localeCompare(b.startDate))
const trieste = seed.meetings.find((m) => m.id === '2021-trieste')!
const triesteTopics = seed.topics.filter((t) => t.meetingId === trieste.id).length
const year = (meetingId: string) => Number(seed.meetings.find((m) => m.id === meetingId)!.startDate.slice(0, 4))

/** A class name only Recharts' code contains: a script with it is the Recharts chunk. */
const RECHARTS_MARK = 'recharts-bar-rectangle'

async function loadedRecharts(page: Page, requests: string[]): Promise<boolean> {
  const scripts = requests.filter((url) => url.endsWith('.js'))
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()))
  return bodies.some((body) => body.includes(RECHARTS_MARK))
}

function timeline(page: Page) {
  return page.getByRole('list', { name: 'Meetings, 2017–2021' })
}

test('the timeline lists the six meetings in date order with their dates', async ({ page }) => {
  await page.goto('/?view=timeline')
  const cards = timeline(page).getByRole('article')
  await expect(cards).toHaveCount(meetings.length)
  expect(meetings).toHaveLength(6)
  for (const [i, meeting] of meetings.entries()) {
    const card = cards.nth(i)
    await expect(card.getByRole('link')).toHaveText(meeting.shortName.en)
    await expect(card.locator('time')).toHaveText(formatDateRange(meeting.startDate, meeting.endDate, 'en'))
  }
  await expect(timeline(page).getByText('Context', { exact: true })).toHaveCount(3)
  // At 1440 px the meetings run left to right on one line.
  const first = (await cards.first().boundingBox())!
  const second = (await cards.nth(1).boundingBox())!
  expect(second.x).toBeGreaterThan(first.x + first.width - 1)
  expect(Math.abs(second.y - first.y)).toBeLessThan(2)
})

test('the timeline is one tab stop; arrow keys move focus and Enter opens Trieste 2021 with its topics', async ({
  page,
}) => {
  await page.goto('/?view=timeline')
  const links = timeline(page).getByRole('link')
  await links.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(links.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(links.nth(2)).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(links.nth(1)).toBeFocused()
  // Tab leaves the timeline in one stop.
  await page.keyboard.press('Tab')
  await expect(timeline(page).locator(':focus')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await expect(links.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(links.last()).toHaveText('Trieste 2021')
  await expect(links.last()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/meetings\/2021-trieste\//)
  const heading = page.getByRole('heading', { level: 2, name: trieste.name.en })
  await expect(heading).toBeFocused()
  const topics = page.getByRole('region', { name: `Topics (${triesteTopics})` })
  await expect(topics.getByRole('link')).toHaveCount(triesteTopics)
  expect(triesteTopics).toBe(11)
})

test('the theme matrix shows AI first appearing in the data’s first AI year', async ({ page }) => {
  const firstAiYear = Math.min(...seed.topics.filter((t) => t.themes.includes('ai')).map((t) => year(t.meetingId)))
  const aiName = seed.themes.find((t) => t.id === 'ai')!.name.en
  await page.goto('/?view=themes')
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  await figure.locator('summary', { hasText: 'Show table' }).click()
  const table = figure.getByRole('table', { name: 'Which themes appeared each year' })
  const years = (await table.getByRole('columnheader').allTextContents()).slice(1).map(Number)
  const cells = await table
    .getByRole('row', { name: new RegExp(`^${aiName.replace(/[()]/g, '\\$&')}`) })
    .getByRole('cell')
    .allTextContents()
  const at = years.indexOf(firstAiYear)
  expect(at).toBeGreaterThanOrEqual(0)
  expect(cells[at]).toMatch(/^New \(\d+ topics?\)$/)
  expect(cells.slice(0, at)).toEqual(Array<string>(at).fill('Absent'))
  expect(cells.slice(at + 1).filter((cell) => cell.startsWith('New'))).toEqual([])
})

test('reload on a meeting URL lands on that meeting; an unknown one offers the way back', async ({ page }) => {
  await page.goto('/?meeting=2021-trieste')
  await expect(page.getByRole('heading', { level: 2, name: trieste.name.en })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: trieste.name.en })).toBeFocused()
  await page.goto('/?meeting=nowhere-1999')
  await expect(page.getByRole('heading', { name: 'Meeting not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the timeline' }).click()
  await expect(timeline(page)).toBeVisible()
})

test('Recharts is not fetched on the first load, only when the chart nears the viewport', async ({
  page,
  requests,
}) => {
  await page.goto('/')
  // The first view is up once the topic cards are.
  await expect(page.getByRole('heading', { name: 'Digital Identity' }).first()).toBeVisible()
  expect(await loadedRecharts(page, requests)).toBe(false)

  await page.goto('/?view=themes')
  const figure = page.getByRole('figure', { name: 'Topics per meeting, by pillar' })
  await figure.scrollIntoViewIfNeeded()
  await expect(
    figure
      .getByRole('img', { name: /had the most topics/ })
      .locator('svg')
      .first(),
  ).toBeVisible()
  expect(await loadedRecharts(page, requests)).toBe(true)
})

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the timeline runs top to bottom and opens a meeting @narrow', async ({ page }) => {
    await page.goto('/?view=timeline')
    const cards = timeline(page).getByRole('article')
    await expect(cards).toHaveCount(meetings.length)
    const first = (await cards.first().boundingBox())!
    const second = (await cards.nth(1).boundingBox())!
    expect(second.y).toBeGreaterThan(first.y + first.height - 1)
    expect(Math.abs(second.x - first.x)).toBeLessThan(2)
    await cards.last().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 2, name: trieste.name.en })).toBeVisible()
    await expect(page.getByRole('region', { name: `Topics (${triesteTopics})` }).getByRole('link')).toHaveCount(
      triesteTopics,
    )
  })
})

test('Back returns the reader to the link they followed, at the same place on the page', async ({ page }) => {
  await page.goto('/timeline/')
  // A meeting far down the page (the band of meetings since 2021), reached by scrolling.
  const later = seed.meetings.filter((m) => m.startDate >= '2022').at(-1)!
  const link = page.getByRole('link', { name: later.shortName.en, exact: true })
  await link.scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 120)
  // The wheel scrolls a frame or two later: read the place once the page has come to rest.
  const settledScroll = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = -1
          const check = () =>
            window.scrollY === last ? resolve(last) : ((last = window.scrollY), setTimeout(check, 100))
          check()
        }),
    )
  await expect.poll(settledScroll).toBeGreaterThan(300)
  const before = await settledScroll()
  await link.click()
  await expect(page.getByRole('heading', { level: 2, name: later.name.en })).toBeFocused()
  await page.goBack()
  await expect(link).toBeFocused()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 3)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 3)

  // By keyboard: the topic's dialog, its meeting's page, then Back twice lands on the card's link.
  await page.goto('/topics/')
  const card = page.getByRole('main').getByRole('article').nth(5).getByRole('heading', { level: 3 }).getByRole('link')
  const name = (await card.textContent())!
  await card.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await dialog.locator('a[href*="/meetings/"]').first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/meetings\//)
  await page.goBack()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeFocused()
})

test('Back to a page that loads again (a link followed before the app took over) returns focus to that link', async ({
  page,
}) => {
  await page.goto('/topics/')
  const card = page.getByRole('main').getByRole('article').nth(7).getByRole('heading', { level: 3 }).getByRole('link')
  const href = (await card.getAttribute('href'))!
  // Keep the app's own handler from seeing the click, as before hydration: the browser loads the page.
  await card.evaluate((link) => link.addEventListener('click', (event) => event.stopPropagation()))
  await card.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.locator(`main a[href="${href}"]`)).toBeFocused()
})
