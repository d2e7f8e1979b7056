import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The audience window and the presenter window (`?presenter=1`) in one browser
 * context, where BroadcastChannel reaches from one page to the other.
 */

const audienceSlide = (page: Page) => page.locator('[aria-roledescription="slide"]')
const presenterSlide = (page: Page) =>
  page.getByRole('region', { name: 'Current slide' }).locator('[aria-roledescription="slide"]')

async function shownSlide(page: Page): Promise<number> {
  const isPresenter = new URL(page.url()).searchParams.get('presenter') === '1'
  const label = await (isPresenter ? presenterSlide(page) : audienceSlide(page)).getAttribute('aria-label')
  return Number(label?.split(/ of | \/ /)[0])
}

/** The slide in the address bar (it follows the history API, not a navigation). */
const urlSlide = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('slide'))

/** A second page in the same context, failing the test on console errors like the fixture's page. */
async function secondPage(page: Page, problems: string[]): Promise<Page> {
  const other = await page.context().newPage()
  other.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`))
  other.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`)
  })
  return other
}

async function openAudience(page: Page, query: string) {
  await page.goto(`/?${query}`)
  // "3 of 12", or "3 / 12" in Japanese.
  await expect(page.getByRole('group', { name: /^\d+ (of|\/) \d+$/ })).toBeVisible()
}

async function openPresenter(page: Page, query: string) {
  await page.goto(`/?${query}&presenter=1`)
  await expect(page.getByRole('heading', { name: 'Presenter view', level: 1 })).toBeVisible()
  await expect(presenterSlide(page)).toBeVisible()
}

/** The long deck (every meeting, every topic page): key repeat needs room to run without hitting the end. */
const LONG_DECK =
  'outline=title,meetings,meeting:2017-dusseldorf,meeting:2018-salta,meeting:2019-tsukuba,meeting:2020-virtual-april,meeting:2020-virtual-july,meeting:2021-trieste,topics,chart,themes,sources'

/** Real time between inputs and samples: key repeat and "does it stay still" are about time. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Samples the address bar's slide every 50 ms for half a second. */
async function urlSlidesOver500ms(page: Page): Promise<(string | null)[]> {
  const seen: (string | null)[] = []
  for (let i = 0; i < 10; i++) {
    seen.push(await urlSlide(page))
    await pause(50)
  }
  return seen
}

test('key repeat in one window and opposite presses in the other: both settle on one slide and stay there', async ({
  page,
}) => {
  const problems: string[] = []
  const presenter = await secondPage(page, problems)
  await openAudience(page, `${LONG_DECK}&slide=3`)
  await openPresenter(presenter, `${LONG_DECK}&slide=3`)
  expect(await shownSlide(page)).toBe(3)
  expect(await shownSlide(presenter)).toBe(3)

  // Hold → in the presenter window (10 repeats, 25 ms apart) while ← is pressed in the audience window.
  const holdRight = async () => {
    for (let i = 0; i < 10; i++) {
      await presenter.keyboard.down('ArrowRight')
      await pause(25)
    }
    await presenter.keyboard.up('ArrowRight')
  }
  const pressLeft = async () => {
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowLeft')
      await pause(40)
    }
  }
  await Promise.all([holdRight(), pressLeft()])

  // Within a second both windows show the same slide…
  await expect
    .poll(
      async () => {
        const [a, b] = [await shownSlide(page), await shownSlide(presenter)]
        return a === b ? a : `audience ${a}, presenter ${b}`
      },
      { timeout: 1_000 },
    )
    .toEqual(expect.any(Number))
  const settled = await shownSlide(page)
  // …and the address bars stop changing.
  const [audienceUrls, presenterUrls] = await Promise.all([urlSlidesOver500ms(page), urlSlidesOver500ms(presenter)])
  expect(new Set(audienceUrls), 'audience slide= over 500 ms').toEqual(new Set([String(settled)]))
  expect(new Set(presenterUrls), 'presenter slide= over 500 ms').toEqual(new Set([String(settled)]))
  expect(await shownSlide(presenter)).toBe(settled)

  // A further key press still moves both, once.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => shownSlide(presenter)).toBe(settled + 1)
  expect(await shownSlide(page)).toBe(settled + 1)
  expect(problems).toEqual([])
})

test('Presenter view opens the presenter window, and each window moves the other', async ({ page }) => {
  await openAudience(page, 'slide=3')
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ])
  await expect(presenter).toHaveURL(/[?&]presenter=1(&|$)/)
  await expect(presenterSlide(presenter)).toBeVisible()
  expect(await shownSlide(presenter)).toBe(3)

  // A key and a button in the presenter window move the audience window.
  await presenter.keyboard.press('ArrowRight')
  await expect(page.getByRole('group', { name: /^4 of \d+$/ })).toBeVisible()
  await expect.poll(() => urlSlide(page)).toBe('4')
  await presenter.getByRole('button', { name: 'Next slide' }).click()
  await expect(page.getByRole('group', { name: /^5 of \d+$/ })).toBeVisible()

  // And the audience window moves the presenter window.
  await page.keyboard.press('Home')
  await expect(presenter.getByText(/^1 of \d+$/)).toBeVisible()
  await expect.poll(() => urlSlide(presenter)).toBe('1')
  await presenter.close()
})

test('a window presenting a different deck says so and does not move', async ({ page }) => {
  const problems: string[] = []
  const presenter = await secondPage(page, problems)
  await openAudience(page, 'slide=3')
  await openPresenter(presenter, 'pillar=digital-government&slide=3')

  const notice = /different deck/
  await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible()
  await expect(presenter.getByRole('status').filter({ hasText: notice })).toBeVisible()

  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => shownSlide(presenter)).toBe(4)
  expect(new Set(await urlSlidesOver500ms(page))).toEqual(new Set(['3']))
  expect(await shownSlide(page)).toBe(3)
  expect(problems).toEqual([])
})

test('a window with another version of the data says so, in Japanese too, and does not move', async ({ page }) => {
  const problems: string[] = []
  const presenter = await secondPage(page, problems)
  await presenter.route('**/data/g20-digital.json', async (route) => {
    const response = await route.fetch()
    const data = (await response.json()) as { meta: { version: string } }
    await route.fulfill({ response, json: { ...data, meta: { ...data.meta, version: '99.0.0' } } })
  })
  await openAudience(page, 'slide=3&lang=ja')
  await openPresenter(presenter, 'slide=3')

  await expect(presenter.getByRole('status').filter({ hasText: /different version of the data/ })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /異なるバージョンのデータ/ })).toBeVisible()
  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => shownSlide(presenter)).toBe(4)
  expect(new Set(await urlSlidesOver500ms(page))).toEqual(new Set(['3']))
  expect(problems).toEqual([])
})

test('a blocked presenter window and a browser without BroadcastChannel are told to the user', async ({ page }) => {
  await openAudience(page, 'slide=2')
  // A pop-up blocker makes window.open return null.
  await page.evaluate(() => {
    window.open = () => null
  })
  await page.getByRole('button', { name: 'Presenter view' }).click()
  await expect(page.getByRole('status').filter({ hasText: /presenter window could not be opened/ })).toBeVisible()

  const problems: string[] = []
  const presenter = await secondPage(page, problems)
  await presenter.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel')
  })
  await openPresenter(presenter, 'slide=2')
  await expect(presenter.getByRole('status').filter({ hasText: /cannot keep the presenter window/ })).toBeVisible()
  expect(problems).toEqual([])
})

test('the presenter window fits 1440×900 without scrolling, keeps the deck’s keys, and B blanks both windows', async ({
  page,
}) => {
  const problems: string[] = []
  await page.setViewportSize({ width: 1440, height: 900 })
  await openAudience(page, `slide=2&${LONG_DECK}`)
  const presenter = await secondPage(page, problems)
  await presenter.setViewportSize({ width: 1440, height: 900 })
  await openPresenter(presenter, `slide=2&${LONG_DECK}`)

  // Current and next slide, notes, elapsed time and clock: all on one screen, no page scroll.
  const next = presenter.getByRole('region', { name: 'Next slide' }).locator('[aria-roledescription="slide"]')
  await expect(presenterSlide(presenter)).toBeInViewport({ ratio: 1 })
  await expect(next).toBeInViewport({ ratio: 1 })
  await expect(presenter.getByRole('region', { name: 'Speaker notes' })).toBeInViewport({ ratio: 1 })
  await expect(presenter.getByText('Time now:')).toBeVisible()
  await expect(presenter.getByText('Elapsed time:')).toBeVisible()
  const scroll = () => presenter.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  expect(await scroll()).toBeLessThanOrEqual(0)

  // The deck's keys in the presenter window too: a number then Enter, End; the meeting slide's notes are its topics.
  await presenter.keyboard.press('3')
  await presenter.keyboard.press('Enter')
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', /^3 of \d+$/)
  const notes = presenter.getByRole('region', { name: 'Speaker notes' })
  await expect(notes).toContainText('From the data, for this slide’s topics')
  const topics = await presenterSlide(presenter).locator('li').allTextContents()
  for (const title of topics.filter((x) => !/more$/.test(x))) await expect(notes).toContainText(title)
  expect(await scroll()).toBeLessThanOrEqual(0)

  // B in the presenter window blanks the audience screen, and B there lights both again.
  await presenter.keyboard.press('b')
  await expect(audienceSlide(page)).toHaveCount(0)
  await expect(presenter.getByRole('status').filter({ hasText: 'Audience screen blanked' })).toBeVisible()
  await page.keyboard.press('b')
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', /^3 of \d+$/)
  await expect(presenter.getByText('Audience screen blanked')).toBeHidden()
  // B in the audience window: the presenter window says so; a move lights it on the same slide (as
  // PowerPoint does: the room never misses a slide), and the next move goes on.
  await page.keyboard.press('B')
  await expect(presenter.getByText('Audience screen blanked')).toBeVisible()
  await presenter.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', /^3 of \d+$/)
  await expect(presenter.getByText('Audience screen blanked')).toBeHidden()
  await presenter.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', /^4 of \d+$/)
  // Blanked on the last slide, a move past the end lights both windows again.
  await presenter.keyboard.press('End')
  const last = /^(\d+) of \1$/
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', last)
  await presenter.keyboard.press('b')
  await expect(audienceSlide(page)).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(audienceSlide(page)).toHaveAttribute('aria-label', last)
  await expect(presenter.getByText('Audience screen blanked')).toBeHidden()
  expect(problems).toEqual([])
  await presenter.close()
})

test('a note written in Build briefing replaces the data’s notes for that slide in the presenter view, and only there', async ({
  page,
}) => {
  const problems: string[] = []
  await page.goto('/?pillar=digital-government')
  await page.getByRole('button', { name: 'Build briefing' }).click()
  const dialog = page.getByRole('dialog', { name: 'Build briefing' })
  const mine = 'Open with the 2018 Salta principles; ask the minister about the 2021 follow-up.'
  await dialog.getByRole('textbox', { name: 'Speaker notes: Chart: topics per meeting, by pillar' }).fill(mine)
  // The chart's place in the deck: its rank among the slides that are on.
  const on = await dialog
    .getByRole('checkbox', { checked: true })
    .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))
  const chart = on.findIndex((name) => name.startsWith('Chart: topics per meeting')) + 1
  expect(chart).toBeGreaterThan(1)
  await dialog.getByRole('button', { name: 'Present this briefing' }).click()
  await expect(page.getByRole('group', { name: /^1 of \d+$/ })).toBeVisible()

  const presenter = await secondPage(page, problems)
  await presenter.setViewportSize({ width: 1440, height: 900 })
  await presenter.goto(`${page.url()}&presenter=1`)
  await expect(presenter.getByRole('heading', { name: 'Presenter view', level: 1 })).toBeVisible()
  await expect(presenterSlide(presenter)).toBeVisible()
  const notes = presenter.getByRole('region', { name: 'Speaker notes' })
  // The title slide: the data's notes.
  await expect(notes).toContainText('From the data')
  await expect(notes).not.toContainText(mine)
  // On to the chart: the presenter's own note, and nothing else.
  await presenter.keyboard.type(String(chart))
  await presenter.keyboard.press('Enter')
  await expect(presenterSlide(presenter)).toHaveAttribute('aria-label', new RegExp(`^${chart} of \\d+$`))
  await expect(presenterSlide(presenter).getByRole('heading', { name: /by pillar/ })).toBeVisible()
  await expect(notes).toContainText('Your notes (kept on this device)')
  await expect(notes).toContainText(mine)
  await expect(notes).not.toContainText('From the data')
  // The next slide is back to the data's notes.
  await presenter.keyboard.press('ArrowRight')
  await expect(notes).toContainText('From the data')
  await expect(notes).not.toContainText(mine)
  expect(problems).toEqual([])
  await presenter.close()
})

test('the data’s notes cite each source by its publisher and authority, linked to it, never as a bare address', async ({
  page,
}) => {
  await openPresenter(page, 'outline=title,meeting:2021-trieste&slide=2')
  await expect(presenterSlide(page)).toHaveAttribute('aria-label', /^2 of \d+$/)
  const notes = page.getByRole('region', { name: 'Speaker notes' })
  await expect(notes).toContainText('From the data')
  // "Source: Ministry of Internal Affairs and Communications (MIC), Japan (Official), …": who says so, how strongly.
  const cited = notes.getByRole('link', { name: / \((Official|Document archive|Press coverage)\)$/ })
  await expect(cited.first()).toBeVisible()
  const hrefs = await cited.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
  // Every link in the notes is one of those, and no address is written out.
  await expect(notes.getByRole('link')).toHaveCount(hrefs.length)
  await expect(notes).not.toContainText('https://')
  await expect(notes).not.toContainText('http://')
})
