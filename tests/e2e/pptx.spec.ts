import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface RawTopic {
  meetingId: string
  pillar: string
  summary: { en: string }
  sources: { url: string }[]
}
const dataset = JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as {
  topics: RawTopic[]
  meetings: { id: string; startDate: string; city: { en: string; ja: string } | null }[]
}
// The default scope is the core 2017–2021: the deck holds the government topics of those meetings.
const core = new Set(dataset.meetings.filter((m) => m.startDate <= '2021-12-31').map((m) => m.id))
const government = dataset.topics.filter((t) => t.pillar === 'digital-government' && core.has(t.meetingId))
// The meetings those topics come from: the dots of the meetings slide.
const governmentMeetings = dataset.meetings.filter((m) => government.some((t) => t.meetingId === m.id))

const currentSlide = (page: Page) => page.locator('[aria-roledescription="slide"]')

/** The names of the files in a zip (unzip -Z1). */
const entries = (zip: string) => execFileSync('unzip', ['-Z1', zip]).toString().trim().split('\n')

/** The text of one XML part of the zip: every <a:t> run, entities decoded. */
function partText(zip: string, part: string): string {
  const xml = execFileSync('unzip', ['-p', zip, part], { maxBuffer: 32 * 1024 * 1024 }).toString()
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

async function savePptx(download: Download, path: string): Promise<string> {
  expect(download.suggestedFilename()).toMatch(/^g20-digital-briefing-\d{4}-\d{2}-\d{2}\.pptx$/)
  await download.saveAs(path)
  return path
}

/** The heading of every slide of the deck the Present button shows. */
async function deckTitles(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(currentSlide(page)).toBeVisible()
  await page.keyboard.press('End')
  const label = (await currentSlide(page).getAttribute('aria-label')) ?? ''
  const total = Number(label.split(' of ')[1])
  await page.keyboard.press('Home')
  const titles: string[] = []
  for (let n = 1; n <= total; n++) {
    await expect(currentSlide(page)).toHaveAttribute('aria-label', `${n} of ${total}`)
    titles.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
    await page.keyboard.press('ArrowRight')
  }
  await page.keyboard.press('Escape')
  return titles
}

test('Download PowerPoint gives the outline on screen: a slide per slide with its title, and speaker notes', async ({
  page,
  requests,
}, testInfo) => {
  // An outline with the topic cards and a key message on the chart; the presenter's own note on the chart.
  await page.goto('/?pillar=digital-government&outline=title,meetings,topics,chart~0,sources&bk=Government%20rose')
  await page.evaluate(() =>
    window.localStorage.setItem('g20dm:notes:v1:pillar=digital-government', JSON.stringify({ chart: 'Pause here.' })),
  )
  const titles = await deckTitles(page)
  // Title, meetings, the topic pages, the chart, sources.
  expect(titles.length).toBeGreaterThanOrEqual(5)

  await page.getByRole('button', { name: 'Share and export' }).click()
  const button = page.getByRole('button', { name: 'Download PowerPoint (.pptx)' })
  await expect(button).toBeVisible()
  // The library is fetched on the click, not with the page or the panel.
  expect(requests.filter((url) => /pptxgen/.test(url))).toEqual([])
  const download = page.waitForEvent('download')
  await button.focus()
  await page.keyboard.press('Enter')
  const file = await savePptx(await download, testInfo.outputPath('briefing.pptx'))
  expect(requests.filter((url) => /pptxgen/.test(url)).length).toBeGreaterThan(0)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded g20-digital-briefing-/ })).toBeVisible()

  const parts = entries(file)
  const slides = parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
  expect(slides).toHaveLength(titles.length)
  titles.forEach((title, i) => {
    expect(partText(file, `ppt/slides/slide${i + 1}.xml`), `slide ${i + 1}`).toContain(title)
  })
  // The meetings slide is a line with a dot per meeting in scope (shapes, editable text), not a table.
  const meetingsSlide = titles.indexOf('Meetings in scope') + 1
  const timelineXml = execFileSync('unzip', ['-p', file, `ppt/slides/slide${meetingsSlide}.xml`]).toString()
  expect(timelineXml.match(/prst="ellipse"/g)).toHaveLength(governmentMeetings.length)
  expect(timelineXml).not.toContain('<a:tbl>')
  // Each dot is labelled with its year and city, as editable text (these meetings were each held in a city).
  const timelineText = partText(file, `ppt/slides/slide${meetingsSlide}.xml`)
  for (const m of governmentMeetings) {
    expect(timelineText).toContain(m.startDate.slice(0, 4))
    expect(timelineText).toContain(m.city?.en)
  }
  // Every slide names its sources in a footer.
  for (let n = 1; n <= titles.length; n++) expect(partText(file, `ppt/slides/slide${n}.xml`)).toMatch(/Sources: \S/)

  const notes = parts.filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))
  expect(notes).toHaveLength(titles.length)
  const allNotes = notes.map((p) => partText(file, p)).join('\n')
  // The chart: the key message on the slide, the presenter's note first in its notes.
  const chart = titles.indexOf('Topics per meeting, by pillar') + 1
  expect(partText(file, `ppt/slides/slide${chart}.xml`)).toContain('Government rose')
  const chartNotes = notes.find((p) => partText(file, p).includes('Pause here.'))
  expect(chartNotes).toBeDefined()
  // The closing slide names publishers by authority, not addresses.
  const last = partText(file, `ppt/slides/slide${titles.length}.xml`)
  expect(last).toContain('Official')
  expect(last).not.toContain('https://')
  // …yet a reader of the file can follow every source: each address is a link on that slide.
  const links = execFileSync('unzip', ['-p', file, `ppt/slides/_rels/slide${titles.length}.xml.rels`]).toString()
  const targets = [...links.matchAll(/Target="(https?:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
  for (const topic of government) for (const source of topic.sources) expect(targets).toContain(source.url)
  // The notes say what each topic is and who says so (publisher and authority), not a list of addresses.
  for (const topic of government) expect(allNotes).toContain(topic.summary.en)
  expect(allNotes).toMatch(/Source: [^\n]+ \((Official|Document archive|Press coverage)\)/)
  expect(allNotes).not.toContain('https://')
})

test('the Japanese deck downloads in Japanese, set in a Japanese font', async ({ page }, testInfo) => {
  await page.goto('/?pillar=digital-government&lang=ja')
  await page.getByRole('button', { name: '共有・書き出し' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PowerPointをダウンロード(.pptx)' }).click()
  const file = await savePptx(await download, testInfo.outputPath('briefing-ja.pptx'))
  expect(partText(file, 'ppt/slides/slide1.xml')).toContain('G20デジタル大臣会合 2017–2021')
  expect(partText(file, 'ppt/slides/slide1.xml')).toContain('出典:')
  const xml = execFileSync('unzip', ['-p', file, 'ppt/slides/slide1.xml']).toString()
  expect(xml).toContain('lang="ja-JP"')
  expect(xml).toContain('typeface="Meiryo"')
  // The meetings slide: a dot per meeting in scope, the cities in Japanese, set in the same Japanese font.
  const timeline = entries(file)
    .filter((part) => /^ppt\/slides\/slide\d+\.xml$/.test(part))
    .filter((part) => execFileSync('unzip', ['-p', file, part]).toString().includes('prst="ellipse"'))
  expect(timeline).toHaveLength(1)
  const timelineXml = execFileSync('unzip', ['-p', file, ...timeline]).toString()
  expect(timelineXml.match(/prst="ellipse"/g)).toHaveLength(governmentMeetings.length)
  expect(timelineXml).not.toContain('<a:tbl>')
  expect(timelineXml).toContain('typeface="Meiryo"')
  const timelineText = partText(file, timeline.join(''))
  for (const m of governmentMeetings) expect(timelineText).toContain(m.city?.ja)
})

test('when the PowerPoint code cannot load, the panel says so and Retry builds the file', async ({
  page,
}, testInfo) => {
  await page.goto('/?pillar=digital-government')
  await page.route(/pptxgen[^/]*\.js$/, (route) => route.abort('connectionfailed'))
  await page.getByRole('button', { name: 'Share and export' }).click()
  await page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not prepare the PowerPoint file.' })
  await expect(alert).toBeVisible()

  await page.unroute(/pptxgen[^/]*\.js$/)
  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: 'Retry' }).click()
  const file = await savePptx(await download, testInfo.outputPath('retried.pptx'))
  expect(entries(file)).toContain('ppt/slides/slide1.xml')
  await expect(alert).toHaveCount(0)
})
