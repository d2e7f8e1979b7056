import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'

interface Text {
  en: string
  ja?: string
}
const dataset = JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as {
  meetings: { id: string; name: Text; japan?: { remarks: Text[] } }[]
  topics: { meetingId: string; title: Text }[]
}
const trieste = dataset.meetings.find((m) => m.id === '2021-trieste')!
const remarks = trieste.japan!.remarks
// Long titles only: a short one ("Digital government") is also a pillar's name.
const otherTopics = dataset.topics.filter((t) => t.meetingId !== trieste.id && t.title.en.length > 30)
/** pdftotext breaks lines and hyphenates: compare text without white space and hyphens. */
const squash = (text: string) => text.replace(/[\s\-‐]+/g, '')

for (const lang of ['en', 'ja'] as const) {
  test(`the Trieste page prints its own handout in ${lang}: two A4 pages at most, with Japan’s remarks`, async ({
    page,
  }, testInfo) => {
    await page.goto(lang === 'ja' ? '/ja/meetings/2021-trieste/' : '/meetings/2021-trieste/')
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '')
    })
    await page.getByRole('button', { name: lang === 'ja' ? '配布資料を印刷' : 'Print handout' }).click()
    await expect(page.locator('body[data-printed]')).toBeAttached()
    await page.emulateMedia({ media: 'print' })
    const handout = page.getByRole('article', {
      name: lang === 'ja' ? '会合の配布資料(印刷用)' : 'Printed meeting handout',
    })
    await expect(handout).toBeVisible()
    await expect(page.getByRole('button')).toHaveCount(0)

    const pdfPath = testInfo.outputPath(`trieste-${lang}.pdf`)
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }))
    const info = execFileSync('pdfinfo', [pdfPath]).toString()
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2)
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const text = squash(execFileSync('pdftotext', [pdfPath, '-']).toString())
    expect(text).toContain(squash(trieste.name[lang] ?? trieste.name.en))
    for (const remark of remarks) expect(text).toContain(squash(remark[lang] ?? remark.en))
    // That meeting only: no topic of another meeting is printed.
    for (const topic of otherTopics.slice(0, 12))
      expect(text).not.toContain(squash(topic.title[lang] ?? topic.title.en))
  })
}

/**
 * The words of the printed tables' cells that a line break splits: each Latin word, number or katakana word
 * (トリエステ) must sit on one line (all its glyph boxes share one top), unless it is wider than its column.
 * Kanji and kana elsewhere break between phrases, as Chromium's auto-phrase decides.
 */
function splitWords() {
  const split: string[] = []
  for (const cell of document.querySelectorAll<HTMLElement>('table td, table th')) {
    if (cell.offsetParent === null) continue
    const style = getComputedStyle(cell)
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[\p{Script=Latin}\d]{2,}|[\p{Script=Katakana}ー]{2,}/gu)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0)
        const width = rects.reduce((sum, r) => sum + r.width, 0)
        if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && width <= room) split.push(match[0])
      }
    }
  }
  return split
}

const printedViews = [
  { name: 'the handout of every topic', path: '/', button: { en: 'Print handout', ja: '配布資料を印刷' } },
  {
    name: 'a government handout',
    path: '/?pillar=digital-government',
    button: { en: 'Print handout', ja: '配布資料を印刷' },
  },
  {
    name: 'the Trieste handout',
    path: '/meetings/2021-trieste/',
    button: { en: 'Print handout', ja: '配布資料を印刷' },
  },
]
for (const lang of ['en', 'ja'] as const) {
  for (const view of printedViews) {
    test(`${view.name} in ${lang} prints its tables with every word whole`, async ({ page }) => {
      await page.goto(lang === 'ja' ? `/ja${view.path}` : view.path)
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', '')
      })
      await page.getByRole('button', { name: view.button[lang] }).click()
      await expect(page.locator('body[data-printed]')).toBeAttached()
      await page.emulateMedia({ media: 'print' })
      // A4 less the margins, as the printed page lays it out.
      await page.setViewportSize({ width: 680, height: 1000 })
      await expect(page.getByRole('table').first()).toBeVisible()
      expect(await page.evaluate(splitWords)).toEqual([])
    })
  }
}
