import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface Text {
  en: string
  ja?: string
}
interface Seed {
  meetings: { id: string; startDate: string; name: Text; shortName: Text; outcomeKind: string }[]
  topics: { id: string; meetingId: string; title: Text }[]
}

// Expectations come from the dataset file itself, not from hard-coded answers.
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed
const year = (m: { startDate: string }) => Number(m.startDate.slice(0, 4))
const since = seed.meetings.filter((m) => year(m) > 2021).sort((a, b) => a.startDate.localeCompare(b.startDate))
const coreIds = new Set(seed.meetings.filter((m) => year(m) >= 2017 && year(m) <= 2021).map((m) => m.id))
const coreTopics = seed.topics.filter((t) => coreIds.has(t.meetingId))
const topic2024 = seed.topics.find((t) => t.meetingId === '2024-maceio')!

function topicCards(page: Page) {
  return page.getByRole('region', { name: /^(Topics|トピック)/ }).getByRole('article')
}

test('the default timeline ends with a "Since 2021" band of four cards that open their meeting pages', async ({
  page,
}) => {
  await page.goto('/?view=timeline')
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline, 2017–2021' })).toBeVisible()
  const band = page.getByRole('region', { name: 'Since 2021: the Digital Economy Working Group' })
  const cards = band.getByRole('list', { name: 'Meetings since 2021' }).getByRole('listitem')
  expect(since).toHaveLength(4)
  await expect(cards).toHaveCount(since.length)
  for (const [i, meeting] of since.entries()) {
    await expect(cards.nth(i).getByRole('link')).toHaveText(meeting.shortName.en)
  }
  // The core list holds the core meetings only.
  await expect(page.getByRole('list', { name: 'Meetings, 2017–2021' }).getByRole('article')).toHaveCount(coreIds.size)
  // Bali 2022 adopted no declaration: the card and the page say so, and what that means.
  await expect(cards.first()).toContainText('Chair’s summary (no declaration)')
  await cards.first().getByRole('link').click()
  await expect(page).toHaveURL(/\/meetings\/2022-bali\//)
  await expect(page.getByRole('heading', { level: 2, name: since[0]!.name.en })).toBeVisible()
  await expect(page.getByText('not agreed by all members')).toBeVisible()
  // Its format is not confirmed by any source: the page says so beside it.
  await expect(page.getByRole('definition').filter({ hasText: 'In person' })).toContainText('Unconfirmed')
  // Its topics open in the 2016–2025 scope (the core scope has none of them).
  await page.getByRole('link', { name: 'Show this meeting’s topics' }).click()
  await expect(page).toHaveURL(/scope=all/)
  await expect(topicCards(page)).toHaveCount(seed.topics.filter((t) => t.meetingId === '2022-bali').length)
  // Each of the four opens its page, whichever scope is chosen.
  for (const meeting of since) {
    await page.goto(`/?meeting=${meeting.id}`)
    await expect(page.getByRole('heading', { level: 2, name: meeting.name.en })).toBeVisible()
    await expect(page.getByRole('heading', { name: /^Topics \(\d+\)/ })).not.toHaveText('Topics (0)')
  }
})

test('the default scope is 2017–2021; ?scope=all shows 2016–2025 and the 2024 topics', async ({ page }) => {
  await page.goto('/?view=topics')
  await expect(page).toHaveTitle("G20 Digital Ministers' Track 2017–2021")
  await expect(page.getByRole('button', { name: '2017–2021' })).toHaveAttribute('aria-pressed', 'true')
  await expect(topicCards(page)).toHaveCount(coreTopics.length)
  await expect(page.getByRole('article', { name: topic2024.title.en })).toHaveCount(0)

  await page.getByRole('button', { name: '2016–2025' }).click()
  await expect(page).toHaveURL(/scope=all/)
  await expect(page).toHaveTitle("G20 Digital Ministers' Track 2016–2025")
  await expect(topicCards(page)).toHaveCount(seed.topics.length)
  await expect(page.getByRole('article', { name: topic2024.title.en })).toBeVisible()
  await page.getByRole('button', { name: '2024', exact: true }).click()
  await expect(topicCards(page)).toHaveCount(seed.topics.filter((t) => t.meetingId === '2024-maceio').length)

  // The themes matrix spans the scope's years: its takeaway names them and the newest theme.
  const years = seed.meetings.map(year)
  await page.goto('/?view=themes&scope=all')
  const takeaway = page.getByText(/years on record/)
  await expect(takeaway).toContainText(`(${Math.min(...years)}–${Math.max(...years)})`)
  await expect(takeaway).toContainText('Information integrity')
  await page.goto('/?view=themes')
  await expect(takeaway).toContainText('(2017–2021)')
  await expect(takeaway).not.toContainText('Information integrity')
})

test('?scope=all tells its story in one line and Present gives a 2016–2025 deck', async ({ page }) => {
  await page.goto('/?scope=all')
  // The one-line story counts the meetings of the scope, by the years they were held.
  const years = seed.meetings.map(year)
  await expect(page.getByText(/ meetings from /)).toContainText(
    `${seed.meetings.length} meetings from ${Math.min(...years)} to ${Math.max(...years)}, ${seed.topics.length} agenda topics`,
  )
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page).toHaveURL(/[?&]slide=1(&|$)/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("G20 Digital Ministers' Track 2016–2025")
  await page.keyboard.press('Escape')
  await page.goto('/')
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("G20 Digital Ministers' Track 2017–2021")
})

test('in Japanese, ?scope=all titles 2016–2025 and shows the 2024 topics and the band', async ({ page }) => {
  await page.goto('/?view=topics&scope=all&lang=ja')
  await expect(page).toHaveTitle('G20デジタル大臣会合 2016–2025')
  await expect(page.getByRole('button', { name: '2016〜2025年' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('article', { name: topic2024.title.ja })).toBeVisible()
  await page.goto('/?view=timeline&lang=ja')
  const band = page.getByRole('region', { name: '2021年以降:デジタル経済作業部会' })
  await expect(band.getByRole('listitem')).toHaveCount(since.length)
  await expect(band).toContainText('議長声明(宣言なし)')
})
