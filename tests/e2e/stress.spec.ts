import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect as baseExpect, test } from './fixtures'

/** Accessibility under stress: forced colours, the 320 px reflow width in Japanese, long unbreakable text. */

test.describe.configure({ timeout: 90_000 })
// The views here load on the client (Japanese is not prerendered): allow for a busy CI machine.
const expect = baseExpect.configure({ timeout: 15_000 })

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
async function axeViolations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).withTags(TAGS).analyze()
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** What a user can see of a control's state: its colours (the background it shows, its own or
 *  the one behind it when it is transparent), and the marks that need no colour. */
function looks(control: Locator) {
  return control.evaluate((el) => {
    const s = getComputedStyle(el)
    let shown = s.backgroundColor
    for (
      let node: Element | null = el;
      node && /^rgba\(.*, 0\)$|^transparent$/.test(shown);
      node = node.parentElement
    ) {
      shown = getComputedStyle(node).backgroundColor
    }
    return {
      colours: `${shown} / ${s.color}`,
      marks: `${s.textDecorationLine} / ${s.outlineStyle} ${s.outlineWidth} / ${s.borderStyle}`,
    }
  })
}

test('in forced colours the selected lens, theme, language and view tab look unlike the others', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/?pillar=digital-economy')
  await expect(page.getByRole('article').first()).toBeVisible()
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)

  const groups: [string, Locator, Locator][] = [
    [
      'lens',
      page.getByRole('button', { name: 'Digital economy', exact: true }),
      page.getByRole('button', { name: 'All', exact: true }),
    ],
    [
      'theme',
      page.getByRole('group', { name: 'Theme' }).getByRole('button', { pressed: true }),
      page.getByRole('group', { name: 'Theme' }).getByRole('button', { pressed: false }).first(),
    ],
    ['language', page.getByRole('button', { name: 'English' }), page.getByRole('button', { name: '日本語' })],
    [
      'view tab',
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }),
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }),
    ],
  ]
  for (const [name, selected, other] of groups) {
    await expect(selected, name).toHaveAttribute(
      name === 'view tab' ? 'aria-current' : 'aria-pressed',
      name === 'view tab' ? 'page' : 'true',
    )
    const [on, off] = [await looks(selected), await looks(other)]
    expect(on.colours, `${name}: the system's selection colours`).not.toBe(off.colours)
    expect(on.marks, `${name}: a mark that does not depend on colour`).not.toBe(off.marks)
  }

  // Choosing another one moves the mark with it.
  await page.getByRole('button', { name: 'Digital government', exact: true }).click()
  const lens = page.getByRole('button', { name: 'Digital government', exact: true })
  await expect(lens).toHaveAttribute('aria-pressed', 'true')
  expect((await looks(lens)).marks).toBe(
    (await looks(page.getByRole('group', { name: 'Theme' }).getByRole('button', { pressed: true }))).marks,
  )
  expect((await looks(page.getByRole('button', { name: 'Digital economy', exact: true }))).marks).toBe(
    (await looks(page.getByRole('button', { name: 'All', exact: true }))).marks,
  )
})

/** The part of `box` that is off the viewport's sides, in CSS pixels (0 when fully on screen). */
async function offScreen(page: Page, target: Locator): Promise<number> {
  const box = await target.boundingBox()
  if (!box) throw new Error('not rendered')
  const width = page.viewportSize()?.width ?? 0
  return Math.max(0, -box.x) + Math.max(0, box.x + box.width - width)
}

test.describe('at 320 px (the reflow width) in Japanese', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the topic dialog keeps its Close button and its title on screen', async ({ page }) => {
    await page.goto('/?topic=2021-digital-identity&lang=ja')
    const dialog = page.getByRole('dialog', { name: 'デジタルアイデンティティ' })
    await expect(dialog).toBeVisible()
    const close = dialog.getByRole('button', { name: '閉じる' })
    expect(await offScreen(page, close), 'Close button off screen by').toBe(0)
    expect(await offScreen(page, dialog.getByRole('heading', { level: 2 })), 'title off screen by').toBe(0)
    expect(await offScreen(page, dialog), 'dialog off screen by').toBe(0)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await close.click()
    await expect(dialog).toBeHidden()
  })

  test('the share panel and its table fit the screen', async ({ page }) => {
    await page.goto('/?lang=ja')
    await page.getByRole('button', { name: '共有・書き出し' }).click()
    const table = page.getByRole('table', { name: '会合ごとのトピック数(分野別)' })
    await expect(table).toBeVisible()
    expect(await offScreen(page, table), 'table off screen by').toBe(0)
    // Nothing in it is cut by its own box either: the table is no wider than it shows.
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    for (const button of await page.getByRole('button', { name: /ダウンロード|コピー/ }).all()) {
      expect(await offScreen(page, button)).toBe(0)
    }
  })
})

for (const lang of ['en', 'ja'] as const) {
  test(`at 320 px in ${lang}, every view tab is on screen (none hidden past the edge)`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(lang === 'ja' ? '/ja/' : '/')
    const tabs = page.getByRole('navigation', { name: lang === 'ja' ? '表示の切り替え' : 'Views' }).getByRole('link')
    await expect(tabs).toHaveCount(5)
    for (const tab of await tabs.all())
      expect(await offScreen(page, tab), `${await tab.textContent()} off screen by`).toBe(0)
  })
}

test('the share panel closes when Tab takes focus out of it, so it never covers the focused element', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('article').first()).toBeVisible()
  const share = page.getByRole('button', { name: 'Share and export' })
  await share.click()
  await expect(share).toHaveAttribute('aria-expanded', 'true')
  const panel = page.locator(`#${await share.getAttribute('aria-controls')}`)
  const actions = panel.getByRole('button')
  const last = actions.last()
  await expect(last).toBeVisible()

  // Tab through every action; one more Tab leaves the panel.
  await share.focus()
  for (let i = await actions.count(); i > 0; i--) await page.keyboard.press('Tab')
  await expect(last).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(share).toHaveAttribute('aria-expanded', 'false')
  await expect(last).toBeHidden()
  const focused = page.locator(':focus')
  await expect(focused).toBeVisible()
  // The focused element is what is on top at its centre (nothing covers it).
  expect(
    await focused.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return top !== null && (top === el || el.contains(top))
    }),
  ).toBe(true)

  // Shift+Tab out of the button closes it as well; clicking inside the panel does not.
  await share.click()
  await panel.getByText(/Dataset version/).click()
  await expect(share).toHaveAttribute('aria-expanded', 'true')
  await share.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(share).toHaveAttribute('aria-expanded', 'false')
})

/** A string no line can hold, in the Japanese title and summary of one topic. */
const LONG = `デジタル${'Ｘ'.repeat(10)}${'x'.repeat(1500)}`

test('long unbreakable text does not widen the page or the printed handout, in Japanese and English', async ({
  page,
}) => {
  const raw = JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as {
    topics: { id: string; meetingId: string; title: Record<string, string>; summary: Record<string, string> }[]
  }
  const topic = raw.topics[0]!
  topic.title = { en: LONG, ja: LONG }
  topic.summary = { en: `${LONG} ${LONG}`, ja: `${LONG}${LONG}` }
  await page.route('**/data/g20-digital.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(raw) }),
  )
  const widest = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

  for (const lang of ['ja', 'en']) {
    // The string in the search box too: the result line and the filter chip repeat it.
    await page.goto(`/?view=topics&lang=${lang}&q=${encodeURIComponent(LONG.slice(0, 600))}`)
    await expect(page.getByRole('article')).toHaveCount(1)
    expect(await widest(), `${lang}: topics, page wider than the window by`).toBeLessThanOrEqual(0)

    await page.goto(`/?lang=${lang}&topic=${topic.id}`)
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await widest(), `${lang}: topic dialog`).toBeLessThanOrEqual(0)
    expect(await offScreen(page, page.getByRole('dialog').getByRole('button').first())).toBe(0)

    // The general handout, and the handout of the topic's meeting.
    for (const path of [`/?lang=${lang}`, `/meetings/${topic.meetingId}/?lang=${lang}`]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', '')
      })
      await page.getByRole('button', { name: lang === 'ja' ? '配布資料を印刷' : 'Print handout' }).click()
      await expect(page.locator('body[data-printed]')).toBeAttached()
      await page.emulateMedia({ media: 'print' })
      await expect(page.getByRole('table').first()).toBeVisible()
      expect(await widest(), `${lang}: printed handout of ${path}`).toBeLessThanOrEqual(0)
      for (const table of await page.getByRole('table').all()) {
        expect(
          await table.evaluate((el) => el.scrollWidth - el.clientWidth),
          `${lang}: a printed table of ${path}`,
        ).toBeLessThanOrEqual(0)
      }
      await page.emulateMedia({ media: 'screen' })
    }
  }
})
