/**
 * Search that ignores case, Latin accents ("dusseldorf" finds Düsseldorf) and
 * the difference between full-width and half-width forms (ＡＩ, ｱｲﾃﾞﾝﾃｨﾃｨ).
 * Japanese voiced marks (゛゜) are kept: ガ and カ are different letters.
 */
const LATIN_MARKS = /[\u0300-\u036f]/g

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLowerCase()
}

/**
 * The words of a query, normalized: "Osaka  Track" → ["osaka", "track"]. A
 * full-width space separates words too. Repeated words count once.
 */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeForSearch(query)
        .split(/\s+/u)
        .filter((term) => term !== ''),
    ),
  ]
}

/** True when the (normalized) text holds every term, in any order. No terms: true. */
export function hasEveryTerm(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term))
}

/** How many of the terms the (normalized) text holds. */
export function countTerms(normalizedText: string, terms: readonly string[]): number {
  let n = 0
  for (const term of terms) if (normalizedText.includes(term)) n += 1
  return n
}

export interface Segment {
  text: string
  isMatch: boolean
}

interface Normalized {
  normalized: string
  origin: number[]
}

/** The dataset's texts come back at every keystroke: each is normalized once (bounded, for a huge dataset). */
const normalizedTexts = new Map<string, Normalized>()
const MAX_NORMALIZED_TEXTS = 20_000

/** The text normalized code point by code point, with where each normalized unit came from. */
function normalizeWithOrigin(text: string): Normalized {
  let known = normalizedTexts.get(text)
  if (!known) {
    if (normalizedTexts.size >= MAX_NORMALIZED_TEXTS) normalizedTexts.clear()
    known = normalizeEach(text)
    normalizedTexts.set(text, known)
  }
  return known
}

function normalizeEach(text: string): Normalized {
  let normalized = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const n = normalizeForSearch(char)
    for (let i = 0; i < n.length; i += 1) origin.push(offset)
    normalized += n
    offset += char.length
  }
  origin.push(text.length)
  return { normalized, origin }
}

/** [start, end) ranges of the original text where any term matches, merged and in order. */
function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || text === '') return []
  const { normalized, origin } = normalizeWithOrigin(text)
  const ranges: [number, number][] = []
  for (const term of terms) {
    let from = normalized.indexOf(term)
    while (from !== -1) {
      const start = origin[from] ?? text.length
      const end = origin[from + term.length] ?? text.length
      if (end > start) ranges.push([start, end])
      from = normalized.indexOf(term, from + Math.max(term.length, 1))
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/**
 * Splits text into matching and non-matching segments for highlighting,
 * matching each word of the query on normalized text but returning slices of the original.
 */
export function splitHighlight(text: string, query: string): Segment[] {
  const ranges = matchRanges(text, searchTerms(query))
  if (ranges.length === 0) return [{ text, isMatch: false }]
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), isMatch: false })
    segments.push({ text: text.slice(start, end), isMatch: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isMatch: false })
  return segments
}

/**
 * At most about `max` characters of text around its first match, cut at word
 * boundaries where there are any, with "…" where something was left out.
 */
export function excerptAround(text: string, query: string, max = 200): string {
  if (text.length <= max) return text
  const first = matchRanges(text, searchTerms(query))[0]
  const center = first ? first[0] : 0
  let start = Math.max(0, Math.min(center - Math.floor(max / 3), text.length - max))
  let end = Math.min(text.length, start + max)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < center) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > Math.max(start, center)) end = space
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}
