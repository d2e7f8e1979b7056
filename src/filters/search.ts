/**
 * Search that ignores case, Latin accents ("dusseldorf" finds Düsseldorf) and
 * the difference between full-width and half-width forms (ＡＩ, ｱｲﾃﾞﾝﾃｨﾃｨ).
 * Japanese voiced marks (゛゜) are kept: ガ and カ are different letters.
 */
const LATIN_MARKS = /[\u0300-\u036f]/g

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLowerCase()
}

export interface Segment {
  text: string
  isMatch: boolean
}

/**
 * Splits text into matching and non-matching segments for highlighting,
 * matching on normalized text but returning slices of the original.
 */
export function splitHighlight(text: string, query: string): Segment[] {
  const needle = normalizeForSearch(query.trim())
  if (needle === '' || text === '') return [{ text, isMatch: false }]
  // Normalize code point by code point, remembering where each normalized char came from.
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
  const segments: Segment[] = []
  let cursor = 0
  let from = normalized.indexOf(needle)
  while (from !== -1) {
    const start = origin[from] ?? text.length
    const end = origin[from + needle.length] ?? text.length
    if (start > cursor) segments.push({ text: text.slice(cursor, start), isMatch: false })
    if (end > start) segments.push({ text: text.slice(start, end), isMatch: true })
    cursor = Math.max(cursor, end)
    from = normalized.indexOf(needle, from + Math.max(needle.length, 1))
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isMatch: false })
  return segments
}
