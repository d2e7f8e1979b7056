import type PptxGenJS from 'pptxgenjs'
import { LIGHT_COLORS, type ColorToken } from '@/components/themeColors'
import type { LocalizedString } from '@/data/localize'
import { formatNumber } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import type { MeetingLine, PublisherLine, Slide, SourceGroupLine, TopicCardData } from './buildSlides'
import type { NotePoint } from './buildNotes'
import { contentMessages } from './messages'
import { emWidth, footerLine } from './slideSources'
import { pillarLabel } from '@/i18n/vocabularyLabels'

/**
 * One slide to export: the slide model, its speaker notes and the names of its
 * sources. Plain data, so any deck (today's view, a future outline) can be exported.
 */
export interface ExportSlide {
  slide: Slide
  notes: NotePoint[]
  /** The presenter's own notes for this slide ('' for none); they come first in the speaker notes. */
  userNote: string
}

export interface DeckExport {
  lang: Lang
  /** The file's title (document properties). */
  title: string
  /** What the deck covers, in one sentence (document properties). */
  subject: string
  slides: ExportSlide[]
}

export type SpecItem =
  | { kind: 'text'; runs: PptxGenJS.TextProps[]; options: PptxGenJS.TextPropsOptions }
  | { kind: 'shape'; shape: PptxGenJS.SHAPE_NAME; options: PptxGenJS.ShapeProps }
  | { kind: 'table'; rows: PptxGenJS.TableRow[]; options: PptxGenJS.TableProps }
  | { kind: 'chart'; chart: PptxGenJS.CHART_NAME; data: PptxGenJS.OptsChartData[]; options: PptxGenJS.IChartOpts }

export interface SlideSpec {
  /** The slide model's id, to find a slide in tests and logs. */
  id: string
  background: string
  items: SpecItem[]
  notes: string
}

/** Everything pptxgenjs needs, as data: the writer only replays it. */
export interface PptxSpec {
  layout: 'LAYOUT_WIDE'
  title: string
  subject: string
  /** The typeface of every run and of the file's theme. */
  fontFace: string
  slideNumber: PptxGenJS.SlideNumberProps
  slides: SlideSpec[]
}

/**
 * PowerPoint's own 16:9 (13.333 × 7.5 in). Meiryo is on every Windows since
 * Vista and installed with Office for Mac; the file's theme also names Yu Gothic
 * for Japanese script (Office's default), which PowerPoint falls back to.
 */
const FONT: Record<Lang, string> = { en: 'Calibri', ja: 'Meiryo' }
const LANG_TAG: Record<Lang, string> = { en: 'en-GB', ja: 'ja-JP' }
const W = 13.333
const H = 7.5
const X = 0.6
const CW = W - 2 * X
const BODY_TOP = 1.6
const BODY_BOTTOM = 6.75
const FOOTER_Y = 6.95
/** Topic titles listed on a meeting slide before "and N more". */
export const MEETING_TOPICS = 8

/** pptxgenjs takes hex colours without the "#". */
const color = (token: ColorToken) => LIGHT_COLORS[token].slice(1).toUpperCase()

/**
 * The largest size in points (from max down to min) at which the paragraphs fit
 * the box, estimated from their length: a CJK character is about 1 em wide, a
 * Latin one about 0.5 em. PowerPoint does not re-fit text when it opens a file,
 * so the exporter sizes it.
 */
export function fitFontSize(
  paragraphs: readonly string[],
  box: { w: number; h: number },
  { max, min, spacing = 1.2 }: { max: number; min: number; spacing?: number },
): number {
  for (let pt = max; pt > min; pt--) if (textHeight(paragraphs, box.w, pt, spacing) <= box.h) return pt
  return min
}

/** The estimated height in inches of the paragraphs set at pt in a box w inches wide (as fitFontSize counts). */
export function textHeight(paragraphs: readonly string[], w: number, pt: number, spacing = 1.2): number {
  const perLine = (w * 72 * 0.92) / pt
  const lines = paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(emWidth(p) / perLine)), 0)
  return (lines * pt * spacing + paragraphs.length * pt * 0.35) / 72
}

/** A line of the Sources slide: a kind of source (its heading) or one of its publishers. */
type SourceLine = { group: SourceGroupLine; publisher: PublisherLine | null }

/**
 * The Sources slide's lines in `count` columns of about equal height (`weight` is a line's height), in
 * order. A column never ends on a heading, and one that starts inside a kind repeats its heading, so
 * every column reads on its own.
 */
function sourceColumns(
  groups: readonly SourceGroupLine[],
  count: number,
  weight: (line: SourceLine) => number,
): SourceLine[][] {
  const lines: SourceLine[] = groups.flatMap((group) => [
    { group, publisher: null },
    ...group.publishers.map((publisher) => ({ group, publisher })),
  ])
  const per = lines.reduce((sum, line) => sum + weight(line), 0) / count
  const columns: SourceLine[][] = []
  let column: SourceLine[] = []
  let height = 0
  for (const line of lines) {
    if (height + weight(line) / 2 > per && columns.length < count - 1 && column.length > 0) {
      const carried = column[column.length - 1]?.publisher === null ? [column.pop()!] : []
      columns.push(column)
      column = carried.length > 0 || line.publisher === null ? carried : [{ group: line.group, publisher: null }]
      height = column.reduce((sum, l) => sum + weight(l), 0)
    }
    column.push(line)
    height += weight(line)
  }
  columns.push(column)
  return columns.filter((c) => c.some((line) => line.publisher !== null))
}

/** The speaker notes as text: each point, then its sources (publisher and authority) on the next line. */
export function notesText(points: readonly NotePoint[], lang: Lang): string {
  const t = contentMessages[lang]
  return points
    .map((p) =>
      p.sources.length > 0 ? `${p.text}\n${t.source}: ${p.sources.map((s) => s.label).join(t.listJoin)}` : p.text,
    )
    .join('\n\n')
}

function builder(lang: Lang) {
  const fontFace = FONT[lang]
  const base = (size: number, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions => ({
    fontFace,
    fontSize: size,
    color: color('fg'),
    lang: LANG_TAG[lang],
    valign: 'top',
    margin: 0,
    ...extra,
  })
  /** A run in its own language (an English title inside the Japanese deck keeps en). */
  const run = (value: LocalizedString | string, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps => {
    const text = typeof value === 'string' ? value : value.text
    const tag = typeof value === 'string' ? LANG_TAG[lang] : LANG_TAG[value.lang]
    return { text, options: { lang: tag, ...options } }
  }
  const text = (runs: PptxGenJS.TextProps[], options: PptxGenJS.TextPropsOptions): SpecItem => ({
    kind: 'text',
    runs,
    options,
  })
  /** The slide's title, and under it the "so what" line from the data when the slide has one. */
  const heading = (title: LocalizedString | string, soWhat: string | null = null): SpecItem[] => {
    const value = typeof title === 'string' ? title : title.text
    const h = soWhat === null ? 0.9 : 0.72
    const size = fitFontSize([value], { w: CW, h }, { max: soWhat === null ? 32 : 28, min: 20 })
    return [
      text([run(title)], base(size, { x: X, y: 0.4, w: CW, h, bold: true, valign: 'bottom' })),
      ...(soWhat === null
        ? []
        : [
            text(
              [run(soWhat)],
              base(fitFontSize([soWhat], { w: CW, h: 0.28 }, { max: 16, min: 11 }), {
                x: X,
                y: 1.1,
                w: CW,
                h: 0.28,
                bold: true,
                color: color('accent'),
              }),
            ),
          ]),
      { kind: 'shape', shape: 'rect', options: { x: X, y: 1.4, w: 1.1, h: 0.06, fill: { color: color('accent') } } },
    ]
  }
  return { fontFace, base, run, text, heading }
}

type Builder = ReturnType<typeof builder>

/** The paragraphs of a topic card, for sizing. */
const cardParagraphs = (card: TopicCardData) => [
  card.title.text,
  card.summary.text,
  card.agreement?.text ?? '',
  `${card.meetingLabel} · ${card.pillarLabel}`,
]

function topicCardItem(
  b: Builder,
  card: TopicCardData,
  box: { x: number; y: number; w: number; h: number },
  size: number,
): SpecItem {
  const isGov = card.pillar === 'digital-government'
  return b.text(
    [
      b.run(card.title, { bold: true, fontSize: size + 1, breakLine: true }),
      b.run(card.summary, { fontSize: size, breakLine: true }),
      ...(card.agreement ? [b.run(card.agreement, { fontSize: size, bold: true, breakLine: true })] : []),
      b.run(`${card.meetingLabel} · `, { fontSize: size - 1, color: color('muted') }),
      b.run(card.pillarLabel, { fontSize: size - 1, bold: true, color: color(isGov ? 'gov' : 'econ') }),
    ],
    b.base(size, {
      ...box,
      shape: 'roundRect',
      rectRadius: 0.08,
      fill: { color: color(isGov ? 'govBg' : 'econBg') },
      line: { color: color(isGov ? 'gov' : 'econ'), width: 1.5 },
      margin: 10,
      paraSpaceAfter: 4,
    }),
  )
}

/** Past this many meetings the labels alternate above and below the line (as on screen, TimelineLine.tsx). */
const ONE_SIDE_MAX = 6

/**
 * The meetings in scope as a line with a dot per meeting, evenly spaced in date order, as the slide on
 * screen draws it: the year large, then the dates, the place, the format and the topics in scope.
 * Shapes and text boxes, so every label stays editable text in PowerPoint.
 */
function timelineItems(b: Builder, meetings: readonly MeetingLine[], lang: Lang): SpecItem[] {
  const t = contentMessages[lang]
  const count = meetings.length
  const isAlternating = count > ONE_SIDE_MAX
  const slot = CW / Math.max(1, count)
  const labelW = isAlternating ? 2 * slot : slot
  const lineY = isAlternating ? BODY_TOP + (BODY_BOTTOM - BODY_TOP) * 0.45 : BODY_TOP + 1.1
  const dot = 0.3
  const gap = 0.25
  // Fewer meetings, larger labels: the slide stays full and readable from the back.
  const size = isAlternating ? 14 : count <= 3 ? 22 : 18
  const stroke = 0.05
  // The line is a thin rectangle: every app draws a filled rectangle the same (line shapes differ).
  const items: SpecItem[] = [
    {
      kind: 'shape',
      shape: 'rect',
      options: { x: X, y: lineY - stroke / 2, w: CW, h: stroke, fill: { color: color('accent') } },
    },
  ]
  meetings.forEach((m, i) => {
    const centre = X + (i + 0.5) * slot
    const isAbove = isAlternating && i % 2 === 1
    // Centred on its dot, cut at the slide's margins (so it never reaches into the next label on its side);
    // a label cut at an edge keeps to that edge.
    const left = Math.max(X, centre - labelW / 2)
    const right = Math.min(X + CW, centre + labelW / 2)
    const align = left > centre - labelW / 2 ? 'left' : right < centre + labelW / 2 ? 'right' : 'center'
    const top = isAbove ? BODY_TOP : lineY + dot / 2 + gap
    const bottom = isAbove ? lineY - dot / 2 - gap : BODY_BOTTOM
    items.push(
      {
        kind: 'shape',
        shape: 'ellipse',
        options: {
          x: centre - dot / 2,
          y: lineY - dot / 2,
          w: dot,
          h: dot,
          fill: { color: color('bg') },
          line: { color: color('accent'), width: 3 },
        },
      },
      b.text(
        [
          b.run(String(m.year), { fontSize: size + 8, bold: true, color: color('accent'), breakLine: true }),
          b.run(m.date, { color: color('muted'), breakLine: true }),
          b.run(m.place, { bold: true, breakLine: true }),
          b.run(`${m.format === '' ? '' : `${m.format} · `}${t.meetingTopics(formatNumber(m.topicCount, lang))}`),
        ],
        b.base(size, {
          x: left,
          y: top,
          w: right - left,
          h: bottom - top,
          align,
          valign: isAbove ? 'bottom' : 'top',
          margin: [0, 4, 0, 4],
        }),
      ),
    )
  })
  return items
}

function slideItems(b: Builder, slide: Slide, lang: Lang): SpecItem[] {
  const t = contentMessages[lang]
  const n = (value: number) => formatNumber(value, lang)
  switch (slide.kind) {
    case 'title':
      return [
        { kind: 'shape', shape: 'rect', options: { x: 0, y: 0, w: 0.3, h: H, fill: { color: color('accent') } } },
        b.text(
          [b.run(slide.subtitle)],
          b.base(20, { x: X, y: 1.5, w: CW, h: 0.5, bold: true, color: color('accent') }),
        ),
        b.text(
          [b.run(slide.title)],
          b.base(fitFontSize([slide.title], { w: CW, h: 1.5 }, { max: 44, min: 28 }), {
            x: X,
            y: 2.1,
            w: CW,
            h: 1.5,
            bold: true,
            valign: 'middle',
          }),
        ),
        b.text(
          [b.run(slide.sentence)],
          b.base(fitFontSize([slide.sentence], { w: CW, h: 1.4 }, { max: 24, min: 16 }), {
            x: X,
            y: 3.65,
            w: CW,
            h: 1.3,
          }),
        ),
        ...slide.figures.map((f, i) =>
          b.text(
            [
              b.run(f.value, { fontSize: 36, bold: true, color: color('accent'), breakLine: true }),
              b.run(f.label, { fontSize: 16 }),
            ],
            b.base(16, { x: X + i * 3, y: 5.1, w: 2.8, h: 1.1 }),
          ),
        ),
        b.text([b.run(slide.date)], b.base(14, { x: X, y: 6.35, w: CW, h: 0.35, color: color('muted') })),
      ]
    case 'empty':
      return [
        ...b.heading(slide.title, slide.soWhat),
        b.text([b.run(slide.message)], b.base(24, { x: X, y: BODY_TOP, w: CW, h: 2 })),
      ]
    case 'timeline':
      return [...b.heading(slide.title, slide.soWhat), ...timelineItems(b, slide.meetings, lang)]
    case 'meeting': {
      const shown = slide.topics.slice(0, slide.topics.length > MEETING_TOPICS ? MEETING_TOPICS - 1 : MEETING_TOPICS)
      // The meeting's topics in scope that are not listed: cut here, or already cut by buildSlides.
      const rest = slide.line.topicCount - shown.length
      const half = Math.ceil(shown.length / 2)
      const columns = shown.length > 5 ? [shown.slice(0, half), shown.slice(half)] : [shown]
      const colW = columns.length === 1 ? CW : (CW - 0.4) / 2
      const listTop = 3.9
      const listBox = { w: colW - 0.35, h: BODY_BOTTOM - listTop - (rest > 0 ? 0.4 : 0) }
      const size = Math.min(
        ...columns.map((col) =>
          fitFontSize(
            col.map((c) => c.title.text),
            listBox,
            { max: 20, min: 12 },
          ),
        ),
      )
      const headlineSize = fitFontSize([slide.headline.text], { w: CW, h: 1.25 }, { max: 22, min: 14 })
      const items: SpecItem[] = [
        ...b.heading(
          { text: slide.title, lang: slide.titleLang, isFallback: false, isTranslated: false },
          slide.soWhat,
        ),
        b.text(
          [
            b.run(
              [slide.line.date, slide.line.place, slide.format].filter((v, i, all) => all.indexOf(v) === i).join(' · '),
            ),
          ],
          b.base(18, { x: X, y: 1.6, w: CW, h: 0.4, bold: true, color: color('muted') }),
        ),
        b.text([b.run(slide.headline)], b.base(headlineSize, { x: X, y: 2.1, w: CW, h: 1.25 })),
        b.text([b.run(t.topicsInScope)], b.base(18, { x: X, y: 3.45, w: CW, h: 0.4, bold: true })),
        ...columns.map((col, i) =>
          b.text(
            col.map((card) => b.run(card.title, { bullet: { indent: 18 }, breakLine: true })),
            b.base(size, { x: X + i * (colW + 0.4), y: listTop, w: colW, h: listBox.h, paraSpaceAfter: 4 }),
          ),
        ),
      ]
      if (rest > 0)
        items.push(
          b.text(
            [b.run(t.moreTopics(n(rest)))],
            b.base(16, { x: X, y: BODY_BOTTOM - 0.35, w: CW, h: 0.35, italic: true, color: color('muted') }),
          ),
        )
      return items
    }
    case 'topics': {
      const gap = 0.25
      const cols = 3
      const rows = Math.max(1, Math.ceil(slide.topics.length / cols))
      const w = (CW - gap * (cols - 1)) / cols
      const h = Math.min(2.45, (BODY_BOTTOM - BODY_TOP - gap * (rows - 1)) / rows)
      // One size for every card on the slide: the largest that fits the fullest card.
      const size = Math.min(
        ...slide.topics.map((card) =>
          fitFontSize(cardParagraphs(card), { w: w - 0.3, h: h - 0.3 }, { max: 18, min: 11 }),
        ),
      )
      return [
        ...b.heading(slide.title, slide.soWhat),
        ...slide.topics.map((card, i) =>
          topicCardItem(
            b,
            card,
            { x: X + (i % cols) * (w + gap), y: BODY_TOP + Math.floor(i / cols) * (h + gap), w, h },
            size,
          ),
        ),
      ]
    }
    case 'chart': {
      // A real chart PowerPoint can edit; a pillar with no topic in scope is left out, never drawn as zeros.
      const series = [
        {
          pillar: 'digital-economy',
          name: pillarLabel('digital-economy', lang),
          values: slide.rows.map((r) => r.economy),
          color: color('econ'),
        },
        {
          pillar: 'digital-government',
          name: pillarLabel('digital-government', lang),
          values: slide.rows.map((r) => r.government),
          color: color('gov'),
        },
      ].filter((s) => (slide.series as readonly string[]).includes(s.pillar))
      const labels = slide.rows.map((r) => r.label)
      return [
        ...b.heading(slide.title, slide.soWhat),
        b.text([b.run(slide.summary)], b.base(20, { x: X, y: BODY_TOP, w: CW, h: 0.45 })),
        {
          kind: 'chart',
          chart: 'bar',
          data: series.map((s) => ({ name: s.name, labels, values: s.values })),
          options: {
            x: X,
            y: BODY_TOP + 0.55,
            w: CW,
            h: BODY_BOTTOM - BODY_TOP - 0.55,
            barDir: 'col',
            barGrouping: 'stacked',
            chartColors: series.map((s) => s.color),
            barGapWidthPct: 80,
            // Even with one pillar: the legend says which one it is.
            showLegend: true,
            legendPos: 'b',
            legendFontFace: b.fontFace,
            legendFontSize: 16,
            legendColor: color('fg'),
            showValue: true,
            // No "0" on a segment of no height.
            dataLabelFormatCode: '#,##0;;',
            dataLabelFontFace: b.fontFace,
            dataLabelFontSize: 14,
            dataLabelColor: color('bg'),
            catAxisLabelFontFace: b.fontFace,
            catAxisLabelFontSize: 14,
            catAxisLabelColor: color('fg'),
            valAxisHidden: true,
            valGridLine: { style: 'none' },
            lang: b.base(14).lang,
          },
        },
      ]
    }
    case 'themes': {
      // Horizontal bars run bottom up: reversed, the most cited theme is at the top.
      const rows = [...slide.rows].reverse()
      return [
        ...b.heading(slide.title, slide.soWhat),
        {
          kind: 'chart',
          chart: 'bar',
          data: [{ name: t.topics, labels: rows.map((r) => r.label), values: rows.map((r) => r.count) }],
          options: {
            x: X,
            y: BODY_TOP,
            w: CW,
            // Bars about half an inch thick, whatever the number of themes.
            h: Math.min(BODY_BOTTOM - BODY_TOP, 0.3 + rows.length * 0.55),
            barGapWidthPct: 60,
            barDir: 'bar',
            chartColors: [color('accent')],
            showLegend: false,
            showValue: true,
            dataLabelPosition: 'outEnd',
            dataLabelFontFace: b.fontFace,
            dataLabelFontSize: 14,
            dataLabelColor: color('fg'),
            catAxisLabelFontFace: b.fontFace,
            catAxisLabelFontSize: rows.length > 10 ? 13 : 16,
            catAxisLabelColor: color('fg'),
            valAxisHidden: true,
            valGridLine: { style: 'none' },
            lang: b.base(14).lang,
          },
        },
      ]
    }
    case 'sources': {
      // One readable slide: each kind of source, its publishers and how many addresses each gives, each
      // address a numbered link ("· 3 sources: 1 2 3"), so a reader of the file can follow every source.
      // As many columns (up to three) as give the largest type.
      const count = (p: PublisherLine) =>
        `${p.name} · ${t.publisherCount(n(p.count), p.count === 1)}${t.sourceLinksLead}`
      const links = (p: PublisherLine) => p.hrefs.map((_, i) => n(i + 1)).join(' ')
      const lineText = (line: SourceLine) =>
        line.publisher ? `${count(line.publisher)}${links(line.publisher)}` : line.group.label
      const h = BODY_BOTTOM - BODY_TOP
      const layout = (k: number, pt: number) => {
        const colW = (CW - 0.4 * (k - 1)) / k
        const columns = sourceColumns(slide.groups, k, (line) => textHeight([lineText(line)], colW, pt, 1.1))
        const tallest = Math.max(...columns.map((c) => textHeight(c.map(lineText), colW, pt, 1.1)))
        return { columns, colW, size: pt, tallest }
      }
      // The largest size (20 pt down to 10) at which one, two or three columns hold every line; else the
      // smallest, in the layout that overflows least.
      const tries = [20, 18, 16, 14, 13, 12, 11, 10].flatMap((pt) => [1, 2, 3].map((k) => layout(k, pt)))
      const { columns, colW, size } =
        tries.find((l) => l.tallest <= h) ?? tries.slice(-3).reduce((a, l) => (l.tallest < a.tallest ? l : a))
      return [
        ...b.heading(slide.title, slide.soWhat),
        ...columns.map((lines, i) =>
          b.text(
            lines.flatMap(({ group, publisher: p }) =>
              p === null
                ? [b.run(group.label, { bold: true, color: color('accent'), breakLine: true })]
                : [
                    b.run(count(p)),
                    ...p.hrefs.flatMap((url, j) => [
                      ...(j > 0 ? [b.run(' ')] : []),
                      b.run(n(j + 1), {
                        hyperlink: { url, tooltip: url },
                        color: color('accent'),
                        ...(j === p.hrefs.length - 1 ? { breakLine: true } : {}),
                      }),
                    ]),
                  ],
            ),
            b.base(size, {
              x: X + i * (colW + 0.4),
              y: BODY_TOP,
              w: colW,
              h,
              paraSpaceAfter: 2,
            }),
          ),
        ),
      ]
    }
    case 'agreements': {
      const paragraphs = slide.items.map((a) => (a.topic ? `${a.topic.text}: ${a.text.text}` : a.text.text))
      const size = fitFontSize(
        paragraphs,
        { w: CW - 0.4, h: BODY_BOTTOM - BODY_TOP - (slide.more ? 0.45 : 0) },
        { max: 24, min: 12 },
      )
      const items: SpecItem[] = [
        ...b.heading(slide.title, slide.soWhat),
        b.text(
          slide.items.flatMap((a) => [
            ...(a.topic ? [b.run(`${a.topic.text}: `, { bold: true, bullet: { indent: 18 } })] : []),
            b.run(a.text, { breakLine: true, ...(a.topic ? {} : { bullet: { indent: 18 } }) }),
          ]),
          b.base(size, {
            x: X,
            y: BODY_TOP,
            w: CW,
            h: BODY_BOTTOM - BODY_TOP - (slide.more ? 0.45 : 0),
            paraSpaceAfter: 8,
          }),
        ),
      ]
      if (slide.more)
        items.push(
          b.text(
            [b.run(slide.more)],
            b.base(16, { x: X, y: BODY_BOTTOM - 0.4, w: CW, h: 0.35, italic: true, color: color('muted') }),
          ),
        )
      return items
    }
    case 'key':
      return [
        { kind: 'shape', shape: 'rect', options: { x: 0, y: 0, w: 0.3, h: H, fill: { color: color('accent') } } },
        b.text([b.run(slide.title)], b.base(20, { x: X, y: 1.2, w: CW, h: 0.5, bold: true, color: color('accent') })),
        b.text(
          [b.run(slide.message)],
          b.base(fitFontSize([slide.message], { w: CW, h: 3.6 }, { max: 40, min: 20 }), {
            x: X,
            y: 1.9,
            w: CW,
            h: 3.6,
            bold: true,
            valign: 'middle',
          }),
        ),
      ]
  }
}

/** The deck as a PowerPoint description: editable text, real charts, a sources footer and notes on every slide. */
export function pptxSpec(deck: DeckExport): PptxSpec {
  const b = builder(deck.lang)
  return {
    layout: 'LAYOUT_WIDE',
    title: deck.title,
    subject: deck.subject,
    fontFace: b.fontFace,
    slideNumber: {
      x: W - X - 1,
      y: FOOTER_Y,
      w: 1,
      h: 0.3,
      fontFace: b.fontFace,
      fontSize: 11,
      color: color('muted'),
      align: 'right',
    },
    slides: deck.slides.map(({ slide, notes, userNote }) => {
      const footer = footerLine(slide.sources, deck.lang)
      const items = slideItems(b, slide, deck.lang)
      // The user's "so what" for this slide, in a band above the footer.
      if (slide.keyMessage !== null)
        items.push(
          b.text(
            [b.run(slide.keyMessage)],
            b.base(fitFontSize([slide.keyMessage], { w: CW - 0.3, h: 0.5 }, { max: 20, min: 12 }), {
              x: X,
              y: BODY_BOTTOM - 0.55,
              w: CW,
              h: 0.55,
              bold: true,
              valign: 'middle',
              fill: { color: color('surface') },
              line: { color: color('accent'), width: 1 },
              margin: [0, 8, 0, 8],
            }),
          ),
        )
      if (footer !== '')
        items.push(
          b.text([b.run(footer)], b.base(11, { x: X, y: FOOTER_Y, w: CW - 1.2, h: 0.3, color: color('muted') })),
        )
      const dataNotes = notesText(notes, deck.lang)
      return {
        id: slide.id,
        background: color('bg'),
        items,
        notes: userNote.trim() === '' ? dataNotes : `${userNote.trim()}\n\n${dataNotes}`,
      }
    }),
  }
}
