import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** WCAG 2.2 A/AA and best practices: every view and state must have zero violations. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

// axe on a page with every topic card (and contrast checks on each) takes a while on a busy CI machine.
test.describe.configure({ timeout: 120_000 })

/** The violations, one line each with the first few offending elements, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  )
}

/** Presses Tab until `target` has focus (at most `max` times); true when it got there. */
async function tabUntilFocused(page: Page, target: Locator, max: number): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return true
  }
  return false
}

interface Case {
  name: string
  url: string
  /** Waits until the view has rendered its content (and opens what the case needs). */
  ready: (page: Page) => Promise<void>
  /** The same in Japanese, for the cases also checked in Japanese. */
  readyJa?: (page: Page) => Promise<void>
}

const loadedJa = async (page: Page) => {
  await expect(page.getByRole('heading').first()).toBeVisible()
  await expect(page.getByText('データセットを読み込み中…')).toHaveCount(0)
}

const cards = async (page: Page) => {
  await expect(page.getByRole('article').first()).toBeVisible()
}

const CASES: Case[] = [
  { name: 'overview', url: '/', ready: cards, readyJa: cards },
  {
    name: 'filtered (Digital government)',
    url: '/?pillar=digital-government',
    ready: cards,
  },
  {
    name: 'empty result',
    url: '/?q=zzzzzz',
    ready: async (page) => {
      await expect(page.getByRole('button', { name: 'Clear filters' }).first()).toBeVisible()
    },
    readyJa: async (page) => {
      await expect(page.getByRole('searchbox')).toHaveValue('zzzzzz')
      await loadedJa(page)
    },
  },
  {
    name: 'topic detail',
    url: '/?topic=2021-digital-identity',
    ready: async (page) => {
      await expect(page.getByRole('dialog')).toBeVisible()
    },
    readyJa: async (page) => {
      await expect(page.getByRole('dialog')).toBeVisible()
    },
  },
  {
    name: 'timeline',
    url: '/?view=timeline',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: /Trieste/ }).first()).toBeVisible()
    },
  },
  {
    name: 'meeting',
    url: '/?meeting=2021-trieste',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
      await expect(page.getByText(/Trieste/).first()).toBeVisible()
    },
    readyJa: loadedJa,
  },
  {
    name: 'themes with the table shown',
    url: '/?view=themes',
    ready: async (page) => {
      await page.locator('summary', { hasText: 'Show table' }).first().click()
      await expect(page.getByRole('table').first()).toBeVisible()
    },
  },
  {
    // In another site's frame: no header, footer or view heading around it.
    name: 'one chart embedded alone, its table shown',
    url: '/?view=themes&embed=1&chart=matrix',
    ready: async (page) => {
      await page.locator('summary', { hasText: 'Show table' }).click()
      await expect(page.getByRole('table')).toBeVisible()
    },
    readyJa: async (page) => {
      await page.locator('summary', { hasText: '表を表示' }).click()
      await expect(page.getByRole('table')).toBeVisible()
    },
  },
  {
    name: 'present (slide 1)',
    url: '/?slide=1',
    ready: async (page) => {
      await expect(page.getByRole('heading').first()).toBeVisible()
      await expect(page.getByText(/1\s*\/\s*\d+|Slide 1/).first()).toBeVisible()
    },
    readyJa: loadedJa,
  },
]

for (const c of CASES) {
  test(`axe: ${c.name} has no violations`, async ({ page }) => {
    await page.goto(c.url)
    await c.ready(page)
    expect(await axeViolations(page)).toEqual([])
  })
}

for (const c of CASES.filter((c) => c.readyJa !== undefined)) {
  const readyJa = c.readyJa ?? c.ready

  test(`axe: ${c.name} in Japanese has no violations`, async ({ page }) => {
    await page.goto(`${c.url}${c.url.includes('?') ? '&' : '?'}lang=ja`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await readyJa(page)
    expect(await axeViolations(page)).toEqual([])
  })
}

test('axe: the error panel has no violations, in English and Japanese', async ({ page }) => {
  await page.route('**/data/g20-digital.json', (route) => route.fulfill({ status: 500, body: 'down' }))
  for (const url of ['/?lang=en', '/?lang=ja']) {
    await page.goto(url)
    await expect(page.getByRole('alert')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  }
})

test('keyboard only: lens, Digital government, open a card, Escape returns focus @narrow', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('article').first()).toBeVisible()
  const government = page.getByRole('button', { name: /^Digital government$/ })

  // Tab from the top of the page until the Digital government lens has focus.
  expect(await tabUntilFocused(page, government, 40), 'the Digital government lens is reachable with Tab').toBe(true)
  await expect(government).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(government).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/pillar=digital-government/)

  // On to the first topic card's title link (it opens ?topic=), still with Tab only.
  const firstLink = page
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .and(page.locator('[href*="topic="]'))
    .first()
  const name = (await firstLink.textContent())?.trim() ?? ''
  expect(await tabUntilFocused(page, firstLink, 80), 'the first card is reachable with Tab').toBe(true)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await expect(page.locator(':focus')).toBeVisible()
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(firstLink).toBeFocused()
  // Every card shown is a government one.
  await expect(page.getByRole('article').getByText('Pillar: Digital economy', { exact: true })).toHaveCount(0)
})
