/**
 * A pure SVG writer for the exported charts: real <rect>, <text> and <line>
 * elements (no foreignObject), so the file opens in Inkscape, PowerPoint and
 * rsvg as it does in a browser. The writer wraps its own text, estimating each
 * character's width (CJK full width ~1em, Latin ~0.55em), and breaks only
 * between words (or between CJK characters), never inside a word.
 */

import { LIGHT_COLORS } from '@/components/themeColors'

export const SVG_FONT = "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif"

/** The light theme's tokens (one palette for the page, the slides and the images). */
const COLOURS = {
  bg: LIGHT_COLORS.bg,
  fg: LIGHT_COLORS.fg,
  muted: LIGHT_COLORS.muted,
  surface: LIGHT_COLORS.surface,
  border: LIGHT_COLORS.border,
  accent: LIGHT_COLORS.accent,
  economy: LIGHT_COLORS.econ,
  government: LIGHT_COLORS.gov,
}

/** What every exported chart carries: title, the "so what" sentence and the footer lines. */
export interface ChartFrame {
  title: string
  soWhat: string
  /** "Source: G20 Digital Ministers' Track dashboard, dataset version X, data as of Y" */
  source: string
  /** The export date and the licence, e.g. "Downloaded 2 December 2026 · Licence: CC BY 4.0". */
  dateAndLicence: string
}

export interface PillarChartInput extends ChartFrame {
  rows: readonly { label: string; economy: number; government: number }[]
  economyLabel: string
  governmentLabel: string
}

export type MatrixStatus = 'new' | 'continued' | 'returned' | 'absent'

export interface MatrixChartInput extends ChartFrame {
  years: readonly number[]
  rows: readonly { label: string; cells: readonly { status: MatrixStatus; shown: number }[] }[]
  statusLabels: Record<MatrixStatus, string>
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // eslint-disable-next-line no-control-regex -- drops the characters XML 1.0 forbids
      .replace(/[^\x09\x0a\x0d\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
  )
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Estimated width of a text in em: CJK full width 1em, everything else 0.55em. */
export function textWidthEm(text: string): number {
  let width = 0
  for (const ch of text) width += WIDE.test(ch) ? 1 : 0.55
  return width
}

/** Closing punctuation that must not start a line (kinsoku). */
const NO_LINE_START = /^[、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)\]}]$/

/** Splits into words (Latin runs), single CJK characters and spaces. */
function tokens(text: string): string[] {
  return text.match(new RegExp(`${WIDE.source}|\\s+|[^\\s${WIDE.source.slice(1, -1)}]+`, 'gu')) ?? []
}

/**
 * Wraps text into lines of at most maxWidth px at fontSize px, breaking only at
 * spaces or between CJK characters. A single word wider than the line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxEm = maxWidth / fontSize
  const lines: string[] = []
  let line = ''
  let pendingSpace = false
  for (const token of tokens(text.trim())) {
    if (/^\s+$/.test(token)) {
      pendingSpace = line !== ''
      continue
    }
    const candidate = line + (pendingSpace ? ' ' : '') + token
    if (line === '' || textWidthEm(candidate) <= maxEm || NO_LINE_START.test(token)) {
      line = candidate
    } else {
      lines.push(line)
      line = token
    }
    pendingSpace = false
  }
  if (line !== '') lines.push(line)
  return lines
}

const WIDTH = 960
const PAD = 32

interface TextOptions {
  size: number
  weight?: number
  fill?: string
  anchor?: 'start' | 'middle' | 'end'
}

function text(
  x: number,
  y: number,
  content: string,
  { size, weight = 400, fill = COLOURS.fg, anchor = 'start' }: TextOptions,
) {
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`
  const weightAttr = weight === 400 ? '' : ` font-weight="${weight}"`
  return `<text x="${x}" y="${y}" font-size="${size}"${weightAttr} fill="${fill}"${anchorAttr}>${escapeXml(content)}</text>`
}

/** Lines of wrapped text from y (the first baseline); returns the parts and the y below them. */
function block(x: number, y: number, lines: readonly string[], options: TextOptions, lineHeight = 1.35) {
  const parts = lines.map((line, i) => text(x, y + i * options.size * lineHeight, line, options))
  return { parts, bottom: y + (lines.length - 1) * options.size * lineHeight + options.size * 0.4 }
}

function header(frame: ChartFrame) {
  const inner = WIDTH - 2 * PAD
  const title = block(PAD, PAD + 26, wrapText(frame.title, inner, 26), { size: 26, weight: 700 })
  const soWhat = block(PAD, title.bottom + 30, wrapText(frame.soWhat, inner, 18), { size: 18, fill: COLOURS.fg })
  return { parts: [...title.parts, ...soWhat.parts], bottom: soWhat.bottom + 24 }
}

function footer(frame: ChartFrame, top: number) {
  const inner = WIDTH - 2 * PAD
  const rule = `<line x1="${PAD}" y1="${top}" x2="${WIDTH - PAD}" y2="${top}" stroke="${COLOURS.border}" stroke-width="1"/>`
  const source = block(PAD, top + 24, wrapText(frame.source, inner, 14), { size: 14, fill: COLOURS.muted })
  const meta = block(PAD, source.bottom + 20, wrapText(frame.dateAndLicence, inner, 14), {
    size: 14,
    fill: COLOURS.muted,
  })
  return { parts: [rule, ...source.parts, ...meta.parts], bottom: meta.bottom + PAD }
}

function document(frame: ChartFrame, height: number, parts: readonly string[]): string {
  const h = Math.ceil(height)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" viewBox="0 0 ${WIDTH} ${h}" font-family="${escapeXml(SVG_FONT)}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<desc>${escapeXml(frame.soWhat)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${h}" fill="${COLOURS.bg}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
}

function legend(x: number, y: number, items: readonly { label: string; fill: string; stroke?: string }[]) {
  const parts: string[] = []
  let left = x
  for (const item of items) {
    const stroke = item.stroke ? ` stroke="${item.stroke}"` : ''
    parts.push(`<rect x="${left}" y="${y - 12}" width="14" height="14" fill="${item.fill}"${stroke}/>`)
    parts.push(text(left + 20, y, item.label, { size: 14 }))
    left += 20 + textWidthEm(item.label) * 14 + 24
  }
  return parts
}

/** Topics per meeting by pillar, as horizontal stacked bars; meetings with no topic are left out. */
export function pillarChartSvg(input: PillarChartInput): string {
  const head = header(input)
  const rows = input.rows.filter((r) => r.economy + r.government > 0)
  const labelWidth = 200
  const barLeft = PAD + labelWidth + 12
  const barSpace = WIDTH - PAD - barLeft - 40
  const max = Math.max(1, ...rows.map((r) => r.economy + r.government))
  const parts = [...head.parts]
  parts.push(
    ...legend(PAD, head.bottom + 14, [
      { label: input.economyLabel, fill: COLOURS.economy },
      { label: input.governmentLabel, fill: COLOURS.government },
    ]),
  )
  let y = head.bottom + 34
  for (const row of rows) {
    const labelLines = wrapText(row.label, labelWidth, 15)
    const rowHeight = Math.max(32, labelLines.length * 20 + 8)
    const label = block(
      PAD,
      y + rowHeight / 2 - ((labelLines.length - 1) * 20) / 2 + 5,
      labelLines,
      { size: 15 },
      20 / 15,
    )
    parts.push(...label.parts)
    const barY = y + (rowHeight - 24) / 2
    let x = barLeft
    for (const [count, fill] of [
      [row.economy, COLOURS.economy],
      [row.government, COLOURS.government],
    ] as const) {
      if (count === 0) continue
      const w = (count / max) * barSpace
      parts.push(`<rect x="${x.toFixed(1)}" y="${barY}" width="${w.toFixed(1)}" height="24" fill="${fill}"/>`)
      if (w >= 18)
        parts.push(
          text(x + w / 2, barY + 17, String(count), { size: 14, weight: 700, fill: COLOURS.bg, anchor: 'middle' }),
        )
      x += w
    }
    parts.push(text(x + 8, barY + 17, String(row.economy + row.government), { size: 14, weight: 700 }))
    y += rowHeight + 6
  }
  parts.push(
    `<line x1="${barLeft}" y1="${head.bottom + 30}" x2="${barLeft}" y2="${y}" stroke="${COLOURS.muted}" stroke-width="1"/>`,
  )
  const foot = footer(input, y + 16)
  return document(input, foot.bottom, [...parts, ...foot.parts])
}

const CELL_FILL: Record<MatrixStatus, { fill: string; stroke?: string; text: string }> = {
  new: { fill: COLOURS.accent, text: COLOURS.bg },
  continued: { fill: COLOURS.surface, stroke: COLOURS.border, text: COLOURS.fg },
  returned: { fill: COLOURS.surface, stroke: COLOURS.fg, text: COLOURS.fg },
  absent: { fill: COLOURS.bg, stroke: COLOURS.border, text: COLOURS.muted },
}

/** The theme × year matrix: one row per theme, one coloured cell per year (the count of topics shown). */
export function matrixChartSvg(input: MatrixChartInput): string {
  const head = header(input)
  const labelWidth = 280
  const gridLeft = PAD + labelWidth + 12
  const cellWidth = Math.min(90, (WIDTH - PAD - gridLeft) / Math.max(1, input.years.length))
  const parts = [...head.parts]
  const statuses: MatrixStatus[] = ['new', 'continued', 'returned', 'absent']
  parts.push(
    ...legend(
      PAD,
      head.bottom + 14,
      statuses.map((s) => ({ label: input.statusLabels[s], fill: CELL_FILL[s].fill, stroke: CELL_FILL[s].stroke })),
    ),
  )
  let y = head.bottom + 48
  input.years.forEach((year, i) => {
    parts.push(
      text(gridLeft + i * cellWidth + cellWidth / 2, y, String(year), { size: 15, weight: 700, anchor: 'middle' }),
    )
  })
  y += 12
  for (const row of input.rows) {
    const labelLines = wrapText(row.label, labelWidth, 15)
    const rowHeight = Math.max(30, labelLines.length * 20 + 8)
    parts.push(
      `<line x1="${PAD}" y1="${y}" x2="${WIDTH - PAD}" y2="${y}" stroke="${COLOURS.border}" stroke-width="0.5"/>`,
    )
    const label = block(
      PAD,
      y + rowHeight / 2 - ((labelLines.length - 1) * 20) / 2 + 5,
      labelLines,
      { size: 15 },
      20 / 15,
    )
    parts.push(...label.parts)
    row.cells.forEach((cell, i) => {
      const style = CELL_FILL[cell.status]
      const x = gridLeft + i * cellWidth + 4
      const stroke = style.stroke ? ` stroke="${style.stroke}"` : ''
      const dash = cell.status === 'returned' ? ' stroke-dasharray="4 3" stroke-width="1.5"' : ''
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${(cellWidth - 8).toFixed(1)}" height="${rowHeight - 6}" rx="4" fill="${style.fill}"${stroke}${dash}/>`,
      )
      const mark = cell.status === 'absent' ? '–' : String(cell.shown)
      parts.push(
        text(x + (cellWidth - 8) / 2, y + rowHeight / 2 + 5, mark, {
          size: 14,
          weight: 700,
          fill: style.text,
          anchor: 'middle',
        }),
      )
    })
    y += rowHeight
  }
  const foot = footer(input, y + 16)
  return document(input, foot.bottom, [...parts, ...foot.parts])
}
