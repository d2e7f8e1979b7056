import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Share of pixels that are not (near) white in a PNG (8-bit, non-interlaced, as rsvg-convert writes). */
function inkShare(png: Buffer): number {
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const colourType = png[25]
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : colourType === 4 ? 2 : 1
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0
      let predicted = 0
      if (filter === 1) predicted = left
      else if (filter === 2) predicted = up
      else if (filter === 3) predicted = (left + up) >> 1
      else if (filter === 4) {
        const p = left + up - upLeft
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      }
      pixels[y * stride + x] = (value + predicted) & 0xff
    }
  }
  let ink = 0
  for (let i = 0; i < width * height; i++) {
    const p = i * channels
    const alpha = channels === 4 || channels === 2 ? pixels[p + channels - 1]! : 255
    const dark = Math.min(...[...pixels.subarray(p, p + Math.min(3, channels))]) < 200
    if (alpha > 128 && dark) ink++
  }
  return ink / (width * height)
}

/** Saves the download the click starts and returns the SVG text and its rendering by rsvg-convert. */
async function downloadSvg(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download')
  await click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.svg$/)
  const dir = mkdtempSync(join(tmpdir(), 'svg-export-'))
  const svgPath = join(dir, 'chart.svg')
  const pngPath = join(dir, 'chart.png')
  await file.saveAs(svgPath)
  execFileSync('rsvg-convert', ['-b', 'white', '-o', pngPath, svgPath])
  return { svg: readFileSync(svgPath, 'utf8'), name: file.suggestedFilename(), png: readFileSync(pngPath) }
}

test('the themes matrix downloads as real SVG that rsvg-convert renders with its title, sentence and source', async ({
  page,
}) => {
  await page.goto('/?view=themes')
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  const sentence = (await page.locator(`[id="${await figure.getAttribute('aria-describedby')}"]`).textContent())!
  const { svg, png, name } = await downloadSvg(page, () =>
    figure.getByRole('button', { name: 'Download SVG: Which themes appeared each year' }).click(),
  )
  expect(name).toMatch(/^g20-digital-themes-matrix-\d{4}-\d{2}-\d{2}\.svg$/)
  expect(svg).not.toMatch(/foreignObject/i)
  expect(svg).toContain('<text')
  expect(svg).toContain('Which themes appeared each year')
  expect(svg).toContain('Source: G20 Digital Ministers')
  // The so-what sentence is the one the view shows (it may be wrapped across lines).
  const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
  expect(drawn.replace(/&apos;/g, "'").replace(/&amp;/g, '&')).toContain(sentence.trim())
  expect(inkShare(png)).toBeGreaterThan(0.02)
})

test('the pillar chart in Japanese downloads as SVG with Japanese text that rsvg-convert renders', async ({ page }) => {
  await page.goto('/?view=themes&lang=ja')
  const figure = page.getByRole('figure', { name: '会合ごとのトピック数(分野別)' })
  const { svg, png } = await downloadSvg(page, () =>
    figure.getByRole('button', { name: '会合ごとのトピック数(分野別)をSVGでダウンロード' }).click(),
  )
  expect(svg).not.toMatch(/foreignObject/i)
  expect(svg).toContain('会合ごとのトピック数(分野別)')
  expect(svg).toContain('デジタル経済')
  expect(svg).toContain('出典')
  expect(svg).toContain('Noto Sans CJK JP')
  expect(inkShare(png)).toBeGreaterThan(0.02)
})

test("on the themes view, the share panel's Download chart exports the matrix, not the pillar table", async ({
  page,
}) => {
  await page.goto('/?view=themes')
  await expect(page.getByRole('figure', { name: 'Which themes appeared each year' })).toBeVisible()
  await page.getByRole('button', { name: /^Share/ }).click()
  const { svg } = await downloadSvg(page, () => page.getByRole('button', { name: 'Download chart (SVG)' }).click())
  expect(svg).toContain('Which themes appeared each year')
  expect(svg).not.toMatch(/foreignObject/i)
})

test('Download PNG gives the chart drawn at twice its size, not blank', async ({ page }) => {
  await page.goto('/?view=themes')
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  const download = page.waitForEvent('download')
  await figure.getByRole('button', { name: 'Download PNG: Which themes appeared each year' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^g20-digital-themes-matrix-\d{4}-\d{2}-\d{2}\.png$/)
  const path = join(mkdtempSync(join(tmpdir(), 'png-export-')), 'chart.png')
  await file.saveAs(path)
  const png = readFileSync(path)
  expect(png.readUInt32BE(16)).toBe(1920)
  expect(inkShare(png)).toBeGreaterThan(0.02)
})
