import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import type { Topic } from '@/data/schema'
import { indexDataset } from '@/data/selectors'
import { applyFilters, buildSearchIndex, lensCounts } from '@/filters/applyFilters'
import { normalizeForSearch, splitHighlight } from '@/filters/search'
import { parseViewState, serializeViewState } from '@/url/urlState'

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const index = indexDataset(parseDataset(JSON.parse(readFileSync(file('../../public/data/g20-digital.json'), 'utf8'))))
const searchIndex = buildSearchIndex(index)

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '\u0000',
  '\uD800',
  'ｱｲﾃﾞﾝﾃｨﾃｨ',
  '(',
  '[',
  '*',
  '\\',
]
const KEYS = ['view', 'pillar', 'years', 'meetings', 'themes', 'q', 'topic', 'meeting', 'slide', 'lang']
const value = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('digital-government', '2021,2017', '2021-trieste', 'ai,connectivity', 'ja', '3', 'timeline'),
)
/** Encoded as a browser would, or raw when it cannot be (a lone surrogate), which is also what a hand-typed address can hold. */
const encode = (text: string, isRaw: boolean) => {
  if (isRaw) return text
  try {
    return encodeURIComponent(text)
  } catch {
    return text
  }
}
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value, fc.boolean()), {
    maxLength: 8,
  })
  .map((pairs) => pairs.map(([k, v, isRaw]) => `${k}=${encode(v, isRaw)}`).join('&'))

describe('fuzzing the whole path from the address bar to the topic list', () => {
  it('1,000 random query strings parse, round-trip, filter and highlight without throwing', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(query, (search) => {
        const state = parseViewState(`?${search}`)
        // What the app writes back reads back the same.
        expect(parseViewState(serializeViewState(state))).toEqual(state)
        const topics = applyFilters(index, state, searchIndex)
        // Exactly the topics that pass every filter, in dataset order, worked out here without the app's matcher.
        const needle = normalizeForSearch(state.q.trim())
        const passesFilters = (topic: Topic) => {
          const meeting = index.meetingById.get(topic.meetingId)
          return (
            (state.pillar === 'all' || topic.pillar === state.pillar) &&
            (state.years.length === 0 || state.years.includes(Number(meeting?.startDate.slice(0, 4)))) &&
            (state.meetings.length === 0 || state.meetings.includes(topic.meetingId)) &&
            (state.themes.length === 0 || topic.themes.some((theme) => state.themes.includes(theme)))
          )
        }
        const titleMatches = (topic: Topic) =>
          [topic.title.en, topic.title.ja ?? ''].some((title) => normalizeForSearch(title).includes(needle))
        const shown = new Set(topics.map((t) => t.id))
        expect(topics).toEqual(index.topics.filter((t) => shown.has(t.id)))
        // The search text is the app's own (it covers more than titles): a shown topic holds the words,
        // and one that passes the other filters and whose title holds them is shown.
        const wrong = index.topics.filter((topic) => {
          if (!passesFilters(topic)) return shown.has(topic.id)
          if (needle === '' || titleMatches(topic)) return !shown.has(topic.id)
          return shown.has(topic.id) && !(searchIndex.get(topic.id) ?? '').includes(needle)
        })
        expect(wrong.map((t) => t.id)).toEqual([])
        const counts = lensCounts(index, state, searchIndex)
        expect(counts[state.pillar]).toBe(topics.length)
        // Highlighting only splits the text: the pieces put back together are the original.
        for (const topic of topics.slice(0, 3)) {
          const segments = splitHighlight(topic.title.en, state.q)
          expect(segments.map((s) => s.text).join('')).toBe(topic.title.en)
        }
      }),
      { numRuns: 1000, seed: 20_211_001 },
    )
  })

  it('a search for a script payload is plain text that matches nothing', () => {
    const state = parseViewState(`?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(state.q).toBe('<script>alert(1)</script>')
    expect(applyFilters(index, state, searchIndex)).toEqual([])
  })
})
