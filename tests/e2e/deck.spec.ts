import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const currentSlide = (page: Page) => page.locator('[aria-roledescription="slide"]')
/** Whether any control is on screen now, and still not over the next half second (no retrying until it hides). */
async function anyControlShownWithin500ms(page: Page): Promise<boolean> {
  for (let i = 0; i < 5; i++) {
    for (const control of controls(page)) if (await control.isVisible()) return true
    await page.waitForTimeout(100) // eslint-disable-line playwright/no-wait-for-timeout -- sampling over time is the check
  }
  return false
}

const controls = (page: Page) =>
  ['Previous slide', 'Next slide', 'Presenter view', 'Leave presentation'].map((name) =>
    page.getByRole('button', { name }),
  )

/** Presses Tab until `target` has focus (keyboard only: no click, no focus() call). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

test('a 5-slide government briefing built by keyboard only, presented with nothing on screen but the slide', async ({
  page,
}) => {
  await page.goto('/?pillar=digital-government')
  await expect(page.getByRole('button', { name: 'Build briefing' })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Build briefing' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Build briefing' })
  await expect(dialog).toBeVisible()
  const count = dialog.getByRole('status')
  await expect(count).toHaveText('6 slides on')

  // The title.
  await tabTo(page, dialog.getByRole('textbox', { name: 'Deck title' }))
  await page.keyboard.type('Digital government: what the G20 agreed')

  // Drop the first agreements slide: Space on its box.
  const agreements = dialog.getByRole('checkbox', { name: /^What was agreed: / })
  const dropped = (await agreements.first().locator('xpath=..').textContent()) ?? ''
  await tabTo(page, agreements.first())
  await page.keyboard.press('Space')
  await expect(count).toHaveText('5 slides on')

  // The chart before the agreements that are left: Move up twice, focus stays on the button.
  const up = dialog.getByRole('button', { name: 'Move up: Chart: topics per meeting, by pillar' })
  await tabTo(page, up)
  await page.keyboard.press('Enter')
  await expect(up).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(up).toBeFocused()

  // A key message on the chart.
  await tabTo(page, dialog.getByRole('button', { name: 'Add key message to: Chart: topics per meeting, by pillar' }))
  await page.keyboard.press('Enter')
  const line = dialog.getByRole('textbox', { name: 'Key message on: Chart: topics per meeting, by pillar' })
  // The new field takes focus, so the message can be typed at once.
  await expect(line).toBeFocused()
  await page.keyboard.type('Digital government is on every agenda since 2018')

  await tabTo(page, dialog.getByRole('button', { name: 'Present this briefing' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()

  // The deck is the outline: five slides in the order built.
  await expect(page.getByRole('group', { name: '1 of 5' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital government: what the G20 agreed')
  const headings: string[] = []
  const texts: string[] = []
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByRole('group', { name: `${n} of 5` })).toBeVisible()
    headings.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
    texts.push((await currentSlide(page).textContent()) ?? '')
    // A one-line source footer by publisher on every slide, never a raw address.
    await expect(currentSlide(page)).toContainText(/Sources: \S/)
    await expect(currentSlide(page)).not.toContainText('https://')
    await page.keyboard.press('ArrowRight')
  }
  expect(headings.slice(1, 3)).toEqual(['Meetings in scope', 'Topics per meeting, by pillar'])
  // The key message is on the chart slide, and only there.
  expect(texts.map((text) => text.includes('Digital government is on every agenda since 2018'))).toEqual([
    false,
    false,
    true,
    false,
    false,
  ])
  expect(headings[3]).toMatch(/^What was agreed: /)
  expect(dropped).not.toContain(headings[3]!.replace('What was agreed: ', ''))
  expect(headings[4]).toBe('Sources')
  // The chart of a government deck draws no economy column of zeros.
  await page.keyboard.press('3')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: '3 of 5' })).toBeVisible()
  await expect(currentSlide(page).getByRole('columnheader', { name: 'Digital economy' })).toHaveCount(0)
  await expect(currentSlide(page).getByRole('columnheader', { name: 'Digital government' })).toBeVisible()

  // Idle for 3 s: no control on screen. (Waiting is the behaviour under test here.)
  // eslint-disable-next-line playwright/no-wait-for-timeout
  await page.waitForTimeout(3500)
  expect(await anyControlShownWithin500ms(page)).toBe(false)
  await expect(currentSlide(page)).toBeVisible()

  // A pointer move brings them back; they go again.
  await page.mouse.move(200, 200)
  await page.mouse.move(220, 240)
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeVisible()
  // eslint-disable-next-line playwright/no-wait-for-timeout
  await page.waitForTimeout(3500)
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeHidden()

  // B blanks the whole screen, bar included, even while the pointer moves.
  await page.keyboard.press('b')
  await page.mouse.move(300, 300)
  await page.mouse.move(340, 320)
  await expect(currentSlide(page)).toHaveCount(0)
  expect(await anyControlShownWithin500ms(page)).toBe(false)
  const colours = await page.evaluate(() =>
    [
      [10, 10],
      [window.innerWidth / 2, window.innerHeight / 2],
      [window.innerWidth - 10, window.innerHeight - 10],
    ].map(([x, y]) => getComputedStyle(document.elementFromPoint(x!, y!)!).backgroundColor),
  )
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)'])
  await page.keyboard.press('b')
  await expect(page.getByRole('group', { name: '3 of 5' })).toBeVisible()
})

test('in full screen the controls never show, even on a pointer move', async ({ page }) => {
  await page.goto('/?pillar=digital-government&slide=1')
  await expect(page.getByRole('group', { name: /^1 of \d+$/ })).toBeVisible()
  const entered = await page.evaluate(() =>
    document.documentElement
      .querySelector<HTMLElement>('[aria-roledescription="carousel"]')!
      .requestFullscreen()
      .then(() => true)
      .catch(() => false),
  )
  // eslint-disable-next-line playwright/no-skipped-test -- a browser that refuses full screen cannot test it
  test.skip(!entered, 'this Chromium refuses full screen')
  await page.mouse.move(100, 100)
  await page.mouse.move(140, 160)
  expect(await anyControlShownWithin500ms(page)).toBe(false)
})
