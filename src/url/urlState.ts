import type { Pillar } from '@/data/schema'
import type { Scope } from '@/data/selectors'
import { PILLARS, SCOPE_SPANS, SCOPES } from '@/data/vocabulary'
import { isLang, type Lang } from '@/i18n/lang'
import {
  cleanLine,
  MAX_DECK_TITLE,
  parseMessages,
  parseOutline,
  serializeMessages,
  serializeOutline,
  type OutlineEntry,
} from './outline'

/**
 * Everything a view is made of, as it lives in the URL's search params. Each
 * field has a forgiving parse (unknown or malformed → null → the default) and
 * a serialize; useViewState and the pure helpers below share them.
 */
export const VIEWS = ['overview', 'topics', 'timeline', 'themes', 'compare'] as const
export type View = (typeof VIEWS)[number]

export const LENSES = ['all', ...PILLARS] as const
export type Lens = (typeof LENSES)[number]

export type { Scope }
export { SCOPES }

/** Years a link may name: the widest scope's. Which of them show depends on the scope and the data. */
const [FIRST_YEAR, LAST_YEAR] = SCOPE_SPANS.all

export interface ViewState {
  view: View
  /** Which years the views span: 'core' (2017–2021, the default) or 'all' (2016–2025). */
  scope: Scope
  pillar: Lens
  years: number[]
  /** Meeting ids the topic cards are narrowed to. */
  meetings: string[]
  themes: string[]
  q: string
  /** The open topic detail. */
  topic: string | null
  /** The open meeting detail. */
  meeting: string | null
  /** The open theme page: one theme followed across every meeting. */
  theme: string | null
  /** 1-based slide when presenting; null when not presenting. */
  slide: number | null
  /** The two meetings the compare view sets side by side (null: the last two). */
  a: string | null
  b: string | null
  lang: Lang | null
  /** The briefing outline the user edited; empty = the default outline for the view (src/url/outline.ts). */
  outline: OutlineEntry[]
  /** The briefing's title; '' = the default. */
  bt: string
  /** The briefing's key messages, one a line, referred to by number from the outline. */
  bk: string[]
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  scope: 'core',
  pillar: 'all',
  years: [],
  meetings: [],
  themes: [],
  q: '',
  topic: null,
  meeting: null,
  theme: null,
  slide: null,
  a: null,
  b: null,
  lang: null,
  outline: [],
  bt: '',
  bk: [],
}

export interface Field<T> {
  parse: (raw: string) => T | null
  serialize: (value: T) => string
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/
const MAX_QUERY = 200

function literal<T extends string>(values: readonly T[]): Field<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : null),
    serialize: (v) => v,
  }
}

function uniqueSorted<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return [...new Set(items)].sort(compare)
}

const slug: Field<string> = { parse: (raw) => (SLUG.test(raw) ? raw : null), serialize: (v) => v }

function list<T>(item: Field<T>, compare: (a: T, b: T) => number): Field<T[]> {
  return {
    parse: (raw) => {
      const values = raw
        .split(',')
        .map((part) => item.parse(part.trim()))
        .filter((v): v is T => v !== null)
      return values.length > 0 ? uniqueSorted(values, compare) : null
    },
    serialize: (values) => values.map(item.serialize).join(','),
  }
}

const year: Field<number> = {
  parse: (raw) => {
    const n = Number(raw)
    return /^\d{4}$/.test(raw) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : null
  },
  serialize: String,
}

export const FIELDS: { [K in keyof ViewState]: Field<NonNullable<ViewState[K]>> } = {
  view: literal(VIEWS),
  scope: literal(SCOPES),
  pillar: literal(LENSES),
  years: list(year, (a, b) => a - b),
  meetings: list(slug, (a, b) => a.localeCompare(b)),
  themes: list(slug, (a, b) => a.localeCompare(b)),
  q: {
    parse: (raw) => {
      const text = raw.slice(0, MAX_QUERY)
      return text.trim() === '' ? null : text
    },
    serialize: (v) => v,
  },
  topic: slug,
  meeting: slug,
  theme: slug,
  slide: {
    // Any positive whole number (the deck clamps it): a deck can have more than 9,999 slides.
    parse: (raw) => (/^\d{1,16}$/.test(raw) && Number.isSafeInteger(+raw) && +raw >= 1 ? +raw : null),
    serialize: String,
  },
  a: slug,
  b: slug,
  lang: { parse: (raw) => (isLang(raw) ? raw : null), serialize: (v) => v },
  outline: { parse: parseOutline, serialize: serializeOutline },
  bt: { parse: (raw) => cleanLine(raw, MAX_DECK_TITLE) || null, serialize: (v) => v },
  bk: { parse: parseMessages, serialize: serializeMessages },
}

const KEYS = Object.keys(FIELDS) as (keyof ViewState)[]

function isDefault<K extends keyof ViewState>(key: K, value: ViewState[K]): boolean {
  const fallback = DEFAULT_VIEW_STATE[key]
  if (Array.isArray(value)) return value.length === 0
  return value === fallback
}

/** Reads a view from search params; anything unknown or malformed becomes the default. */
export function parseViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const state: Record<string, unknown> = { ...DEFAULT_VIEW_STATE }
  for (const key of KEYS) {
    const raw = params.get(key)
    if (raw === null) continue
    const parsed = (FIELDS[key] as Field<unknown>).parse(raw)
    if (parsed !== null) state[key] = parsed
  }
  return state as unknown as ViewState
}

/** Writes a view as search params, leaving defaults out, in a stable key order. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of KEYS) {
    const value = state[key]
    if (value === null || isDefault(key, value)) continue
    params.set(key, (FIELDS[key] as Field<unknown>).serialize(value))
  }
  return params
}

/** Which filters narrow the topic list (for chips, counts and "Clear all"). */
export type FilterKey = 'pillar' | 'years' | 'meetings' | 'themes' | 'q'

export function isPillar(lens: Lens): lens is Pillar {
  return lens !== 'all'
}
