/**
 * The briefing outline as it lives in the URL:
 * `?outline=title,meetings,agreements:2021-trieste~0,-chart,key~1,sources` with `bk=` key messages, one a line.
 * An entry is `[-]kind[:id][~n]`: `-` = turned off (kept in the list, not shown), `:id` = the meeting it is
 * about, `~n` = key message n of `bk` (a line on that slide, or the whole slide for `key`). Parsing keeps
 * every well-formed entry and drops the rest, so a link mangled in an e-mail loses only what is broken.
 */
export const OUTLINE_KINDS = [
  'title',
  'meetings',
  'meeting',
  'agreements',
  'topics',
  'chart',
  'themes',
  'sources',
  'key',
] as const
export type OutlineKind = (typeof OUTLINE_KINDS)[number]

export interface OutlineEntry {
  kind: OutlineKind
  /** The meeting a `meeting` or `agreements` slide is about; null for the others. */
  id: string | null
  isOn: boolean
  /** Index into the key messages: a "so what" line on the slide, or the text of a `key` slide. */
  message: number | null
}

export const MAX_ENTRIES = 40
export const MAX_MESSAGES = 20
export const MAX_MESSAGE = 200
export const MAX_DECK_TITLE = 120

// kind, then ":id" for a meeting or agreements slide, or "~n" (a key message) — `key` needs one.
const ENTRY =
  /^(-?)(?:(title|meetings|topics|chart|themes|sources)|(meeting):([a-z0-9][a-z0-9-]{0,80})|(agreements)(?::([a-z0-9][a-z0-9-]{0,80}))?|(key)(?=~))(?:~(1?\d))?$/

/** The identity of an entry in a list: two entries with one identity are one slide. */
export const entryKey = (e: OutlineEntry): string =>
  e.kind === 'key' ? `key~${e.message ?? ''}` : e.id === null ? e.kind : `${e.kind}:${e.id}`

export function parseEntry(raw: string): OutlineEntry | null {
  const m = ENTRY.exec(raw.trim())
  if (!m) return null
  const kind = (m[2] ?? m[3] ?? m[5] ?? m[7]) as OutlineKind
  return { kind, id: m[4] ?? m[6] ?? null, isOn: !m[1], message: m[8] ? +m[8] : null }
}

export function serializeEntry(e: OutlineEntry): string {
  return `${e.isOn ? '' : '-'}${e.kind}${e.id === null ? '' : `:${e.id}`}${e.message === null ? '' : `~${e.message}`}`
}

/** Every well-formed entry, in order, the first of any repeat; null when none is (the default outline then). */
export function parseOutline(raw: string): OutlineEntry[] | null {
  const seen = new Set<string>()
  const entries: OutlineEntry[] = []
  for (const part of raw.split(',')) {
    const entry = parseEntry(part)
    if (!entry || seen.has(entryKey(entry)) || entries.length >= MAX_ENTRIES) continue
    seen.add(entryKey(entry))
    entries.push(entry)
  }
  return entries.length > 0 ? entries : null
}

export const serializeOutline = (entries: readonly OutlineEntry[]): string => entries.map(serializeEntry).join(',')

/** One line of text: control characters out, spaces collapsed, cut to `max`. */
export function cleanLine(raw: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const control = /[\u0000-\u001f\u007f]+/g
  return raw.replace(control, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim()
}

/** Key messages, one a line; empty lines stay (they keep the numbers of those after them). */
export function parseMessages(raw: string): string[] | null {
  const lines = raw.split('\n', MAX_MESSAGES).map((line) => cleanLine(line, MAX_MESSAGE))
  while (lines.at(-1) === '') lines.pop()
  return lines.length > 0 ? lines : null
}

export const serializeMessages = (lines: readonly string[]): string =>
  lines.map((l) => cleanLine(l, MAX_MESSAGE)).join('\n')
