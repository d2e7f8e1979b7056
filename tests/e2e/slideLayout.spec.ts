import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/*
 * Slides worth projecting: body text at 24 px or more on a 1280 × 720 screen, and no slide's content
 * overflowing its frame, at 1280 × 720 and 1920 × 1080, in English and Japanese, for the default deck
 * and for a deck with every kind of slide.
 */

const MEETINGS = [
  '2017-dusseldorf',
  '2018-salta',
  '2019-tsukuba',
  '2020-virtual-april',
  '2020-virtual-july',
  '2021-trieste',
  '2022-bali',
  '2023-bengaluru',
  '2024-maceio',
  '2025-cape-town',
]
/** Every kind of slide: each meeting's slide and agreements, the topic cards, both charts, the sources. */
const EVERY_SLIDE = [
  'title',
  'meetings',
  'agreements',
  ...MEETINGS.flatMap((id) => [`meeting:${id}`, `agreements:${id}`]),
  'topics',
  'chart',
  'themes',
  'sources',
].join(',')

interface Measure {
  label: string
  /** Smallest computed font size of any text in the slide's body (the footer line is not body). */
  minFont: number
  /** Body text size: the slide's own font size. */
  bodyFont: number
  overflow: string[]
}

/** Measures the slide on screen: font sizes, and whatever sticks out of the slide's body or frame. */
function measure(page: Page): Promise<Measure> {
  return page.locator('[aria-roledescription="slide"]').evaluate((slide) => {
    const body = slide.querySelector('[data-slide-body]')!
    const frame = body.getBoundingClientRect()
    const overflow: string[] = []
    if (body.scrollHeight > body.clientHeight + 1) overflow.push(`body ${body.scrollHeight} > ${body.clientHeight}`)
    if (body.scrollWidth > body.clientWidth + 1) overflow.push(`body width ${body.scrollWidth} > ${body.clientWidth}`)
    if (slide.scrollHeight > slide.clientHeight + 1)
      overflow.push(`frame ${slide.scrollHeight} > ${slide.clientHeight}`)
    let minFont = Infinity
    for (const el of body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      // Inside a box that clips (a line cut with an ellipsis), what sticks out is not seen.
      let clipped = false
      for (let p = el.parentElement; p && p !== body; p = p.parentElement)
        if (getComputedStyle(p).overflowX === 'hidden') clipped = true
      const isOut =
        r.bottom > frame.bottom + 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.left < frame.left - 1
      // The timeline's labels stay in its box (above it are the title and the "so what" line).
      const box = el.closest('[data-timeline]')?.getBoundingClientRect()
      const isOutOfTimeline = box !== undefined && (r.top < box.top - 1 || r.bottom > box.bottom + 1)
      if (!clipped && (isOut || isOutOfTimeline))
        overflow.push(`${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" ends at ${r.bottom}/${r.right}`)
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
      if (hasText) minFont = Math.min(minFont, parseFloat(getComputedStyle(el).fontSize))
    }
    return {
      label: slide.getAttribute('aria-label') ?? '',
      minFont,
      bodyFont: parseFloat(getComputedStyle(slide).fontSize),
      overflow,
    }
  })
}

/** Goes through the deck at `url` slide by slide and measures each. */
async function everySlide(page: Page, url: string): Promise<Measure[]> {
  await page.goto(url)
  const first = page.locator('[aria-roledescription="slide"]')
  await expect(first).toHaveAttribute('aria-label', /^1 (of|\/) \d+$/)
  const total = Number(/(?:of|\/) (\d+)/.exec((await first.getAttribute('aria-label')) ?? '')?.[1])
  const seen: Measure[] = []
  for (let n = 1; n <= total; n++) {
    await expect(page.locator('[aria-roledescription="slide"]')).toHaveAttribute(
      'aria-label',
      new RegExp(`^${n} (of|/) ${total}$`),
    )
    // Japanese text waits for its font, so line breaks are final before measuring.
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    seen.push(await measure(page))
    await page.keyboard.press('ArrowRight')
  }
  return seen
}

/** What is wrong with each slide: anything overflowing, text under `least` px. */
function problemsOf(deck: string, measures: readonly Measure[], least: number): string[] {
  return measures.flatMap((m) => [
    ...(m.overflow.length > 0 ? [`${deck} deck, slide ${m.label}: ${m.overflow.slice(0, 3).join('; ')}`] : []),
    ...(m.minFont < least - 0.05 ? [`${deck} deck, slide ${m.label}: text at ${m.minFont} px`] : []),
  ])
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  for (const lang of ['en', 'ja'] as const) {
    const base = lang === 'ja' ? '/ja/' : '/'

    test(`${size.width}×${size.height} ${lang}: body text is large and no slide overflows, default deck and every slide`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000)
      await page.setViewportSize(size)
      const decks = {
        default: `${base}?slide=1`,
        government: `${base}?pillar=digital-government&slide=1`,
        every: `${base}?slide=1&outline=${EVERY_SLIDE}`,
        'every, 2016–2025': `${base}?scope=all&slide=1&outline=${EVERY_SLIDE}`,
      }
      const problems: string[] = []
      const fonts: number[] = []
      for (const [name, url] of Object.entries(decks)) {
        const measures = await everySlide(page, url)
        fonts.push(...measures.map((m) => m.minFont))
        // 24 px body text at 1280 × 720, and the same layout (so larger) on a larger screen.
        problems.push(...problemsOf(name, measures, (24 * size.width) / 1280))
      }
      testInfo.annotations.push({
        type: 'font',
        description: `smallest body text ${Math.min(...fonts)} px over ${fonts.length} slides`,
      })
      expect(problems).toEqual([])
    })
  }
}

test.describe('on a phone', () => {
  // 390 px in either project (the narrow one runs it as a phone, the wide one in a 390 px window).
  test.use({ viewport: { width: 390, height: 844 } })

  test('@narrow at 390 px the deck is a list of every slide in readable text, not a shrunken 16:9 frame', async ({
    page,
  }) => {
    for (const base of ['/', '/ja/']) {
      await page.goto(`${base}?slide=3`)
      const slides = page.locator('[aria-roledescription="slide"]')
      await expect(slides.first()).toBeVisible()
      const total = Number(/(?:of|\/) (\d+)$/.exec((await slides.first().getAttribute('aria-label')) ?? '')?.[1])
      // Every slide is on the page, one under the other, the current one scrolled to.
      await expect(slides).toHaveCount(total)
      await expect(page.locator('li[aria-current="true"] [aria-roledescription="slide"]')).toHaveAttribute(
        'aria-label',
        new RegExp(`^3 (of|/) ${total}$`),
      )
      await expect(page.locator('li[aria-current="true"]')).toBeInViewport()
      const sizes = await slides.evaluateAll((all) =>
        all.map((slide) => {
          let least = Infinity
          for (const el of slide.querySelector('[data-slide-body]')!.querySelectorAll('*')) {
            const hasText = [...el.childNodes].some(
              (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim(),
            )
            if (hasText && el.getBoundingClientRect().width > 1)
              least = Math.min(least, parseFloat(getComputedStyle(el).fontSize))
          }
          const r = slide.getBoundingClientRect()
          return { least, width: r.width, ratio: r.height / r.width }
        }),
      )
      for (const s of sizes) {
        expect(s.least).toBeGreaterThanOrEqual(16)
        expect(s.width).toBeLessThanOrEqual(390)
      }
      // Not 16:9: the slides are as tall as their text.
      expect(sizes.some((s) => s.ratio > 1)).toBe(true)
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    }
  })
})

for (const lang of ['en', 'ja'] as const)
  test(`${lang}: Print slides gives a PDF of one 16:9 page per slide, each the slide`, async ({ page }, testInfo) => {
    await page.goto(`${{ en: '/', ja: '/ja/' }[lang]}?pillar=digital-government&slide=1`)
    const slide = page.locator('[aria-roledescription="slide"]')
    await expect(slide).toBeVisible()
    const total = Number(/(?:of|\/) (\d+)$/.exec((await slide.getAttribute('aria-label')) ?? '')?.[1])
    await page.mouse.move(10, 10)
    await expect(
      page.getByRole('button', { name: lang === 'en' ? 'Print slides / Save as PDF' : 'スライドを印刷/PDFで保存' }),
    ).toBeVisible()
    const path = testInfo.outputPath('slides.pdf')
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(total)
    // 13.333 × 7.5 in: 960 × 540 points.
    expect(info).toMatch(/^Page size:\s+960(\.\d+)? x 540(\.\d+)? pts/m)
    // Each page is its slide: the second is the meetings timeline, not the page behind the deck.
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', path, '-'], { encoding: 'utf8' })
    expect(second).toContain(lang === 'en' ? 'Meetings in scope' : '対象の会合')
    expect(second).not.toContain(lang === 'en' ? 'Print slides' : 'スライドを印刷')
  })
