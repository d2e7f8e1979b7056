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
