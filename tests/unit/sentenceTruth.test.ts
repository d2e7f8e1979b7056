import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pillarRows } from '@/charts/pillarRows'
import { parseDataset } from '@/data/parseDataset'
import type { Dataset, Topic } from '@/data/schema'
import { indexDataset, scopeIndex, scopeSpan, type DatasetIndex } from '@/data/selectors'
import { PILLARS, SCOPES } from '@/data/vocabulary'
import { pillarTakeaway } from '@/features/insights/pillarTakeaway'
import { matrixTakeawayText, pillarTakeawayText } from '@/features/insights/takeawayText'
import { matrixTakeaway, themeMatrix } from '@/features/insights/themeMatrix'
import { knownFilters } from '@/filters/activeFilters'
import { applyFilters, buildSearchIndex, type TopicFilters } from '@/filters/applyFilters'
import { viewClaims, viewSentence } from '@/filters/viewSentence'
import { formatNumber } from '@/i18n/format'
import { LENSES, type Scope } from '@/url/urlState'
import { buildSlides } from '@/features/briefing/content/buildSlides'
import { slideClaimText } from '@/features/briefing/content/slideClaims'
import type { OutlineEntry } from '@/url/outline'
import { archiveSources, makeAgreement, makeDataset, makeMeeting, makeTopic, pressSources } from '../fixtures/dataset'

/*
 * Every generated sentence must be true under every filter. Each sentence
 * builder returns its claims as data (the prose is rendered from them); this
 * test generates filter states, builds the claims and checks each one against
 * the whole, unfiltered dataset, computed here again from the raw records.
 */

const RUNS = 400

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const real = parseDataset(JSON.parse(readFileSync(file('../../public/data/g20-digital.json'), 'utf8')))

/** The record, recomputed from the raw dataset without the app's index or history. */
function reference(data: Dataset) {
  const yearOf = new Map(data.meetings.map((m) => [m.id, Number(m.startDate.slice(0, 4))]))
  const recordYears = [...new Set(yearOf.values())].sort((a, b) => a - b)
  const themeYears = new Map<string, Set<number>>()
  for (const topic of data.topics) {
    for (const theme of topic.themes) {
      const years = themeYears.get(theme) ?? new Set<number>()
      years.add(yearOf.get(topic.meetingId)!)
      themeYears.set(theme, years)
    }
  }
  const firstYear = (theme: string) => Math.min(...(themeYears.get(theme) ?? []))
  return { yearOf, recordYears, themeYears, firstYear }
}

const prepared = new WeakMap<Dataset, ReturnType<typeof prepare>>()
function prepare(data: Dataset) {
  const index = indexDataset(data)
  return { index, search: buildSearchIndex(index), ref: reference(data) }
}
function preparedOf(data: Dataset) {
  let p = prepared.get(data)
  if (!p) {
    p = prepare(data)
    prepared.set(data, p)
  }
  return p
}

/** The topics a filter lets through, decided here again (the search text is the app's). */
function shownTopics(data: Dataset, index: DatasetIndex, search: ReadonlyMap<string, string>, f: TopicFilters) {
  const { yearOf } = preparedOf(data).ref
  const matchingQ = new Set(
    applyFilters(index, { ...f, pillar: 'all', years: [], meetings: [], themes: [] }, search).map((t) => t.id),
  )
  return data.topics.filter(
    (t) =>
      (f.pillar === 'all' || t.pillar === f.pillar) &&
      (f.years.length === 0 || f.years.includes(yearOf.get(t.meetingId)!)) &&
      (f.meetings.length === 0 || f.meetings.includes(t.meetingId)) &&
      (f.themes.length === 0 || t.themes.some((id) => f.themes.includes(id))) &&
      matchingQ.has(t.id),
  )
}

function filtersFor(data: Dataset): fc.Arbitrary<TopicFilters> {
  const words = [...new Set(data.topics.flatMap((t) => t.title.en.split(/\s+/)))].filter((w) => w.length > 2)
  return fc.record({
    pillar: fc.constantFrom(...LENSES),
    years: fc.subarray([...new Set(data.meetings.map((m) => Number(m.startDate.slice(0, 4))))].sort()),
    meetings: fc.subarray(data.meetings.map((m) => m.id)),
    themes: fc.subarray(data.themes.map((t) => t.id)),
    q: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      fc.constantFrom(...(words.length > 0 ? words : ['x'])),
      fc.string({ maxLength: 3 }),
    ),
  })
}

function checkAll(data: Dataset, filters: TopicFilters) {
  const { index, search, ref } = preparedOf(data)
  const topics = applyFilters(index, filters, search)
  const shown = shownTopics(data, index, search, filters)
  expect(topics.map((t) => t.id).sort()).toEqual(shown.map((t) => t.id).sort())
  const shownThemes = new Set(shown.flatMap((t) => t.themes))
  const themesOnRecord = new Set(data.topics.flatMap((t) => t.themes))

  // The matrix: every cell's status, from the whole record.
  const matrix = themeMatrix(index, topics, filters.years)
  expect(new Set(matrix.rows.map((r) => r.theme.id))).toEqual(shownThemes)
  for (const row of matrix.rows) {
    const present = ref.themeYears.get(row.theme.id)!
    expect(row.firstYear).toBe(ref.firstYear(row.theme.id))
    expect(row.yearsPresent).toBe(present.size)
    for (const cell of row.cells) {
      const before = ref.recordYears[ref.recordYears.indexOf(cell.year) - 1]
      const expected = !present.has(cell.year)
        ? 'absent'
        : cell.year === ref.firstYear(row.theme.id)
          ? 'new'
          : before !== undefined && present.has(before)
            ? 'continued'
            : 'returned'
      expect(cell.status, `${row.theme.id} ${cell.year}`).toBe(expected)
    }
  }

  // The themes takeaway.
  const themes = matrixTakeaway(matrix, index)
  expect(themes.kind === 'empty').toBe(shownThemes.size === 0)
  if (themes.kind === 'summary') {
    if (themes.scope === 'all') expect(shownThemes).toEqual(themesOnRecord)
    const years = (id: string) => ref.themeYears.get(id)!.size
    const most = Math.max(...[...shownThemes].map(years))
    expect(themes.persistent.yearsPresent).toBe(most)
    expect(new Set(themes.persistent.themeIds)).toEqual(new Set([...shownThemes].filter((id) => years(id) === most)))
    expect(themes.record).toEqual({
      years: ref.recordYears.length,
      first: ref.recordYears[0],
      last: ref.recordYears[ref.recordYears.length - 1],
    })
    const newest = Math.max(...[...shownThemes].map(ref.firstYear))
    expect(themes.newest.firstYear).toBe(newest)
    const firstSeenThen = [...shownThemes].filter((id) => ref.firstYear(id) === newest)
    expect(new Set(themes.newest.themeIds)).toEqual(new Set(firstSeenThen))
    expect(themes.newest.isEveryTheme).toBe(firstSeenThen.length === shownThemes.size)
  }
  for (const lang of ['en', 'ja'] as const) expect(matrixTakeawayText(themes, index, lang)).not.toBe('')

  // The pillar takeaway.
  const pillar = pillarTakeaway(pillarRows(index, topics, 'en'), matrix.isWholeRecord)
  expect(pillar.kind === 'empty').toBe(shown.length === 0)
  if (pillar.kind === 'most') {
    if (pillar.scope === 'all') expect(shown.length).toBe(data.topics.length)
    const at = (id: string, p?: string) =>
      shown.filter((t: Topic) => t.meetingId === id && (p === undefined || t.pillar === p)).length
    const most = Math.max(...data.meetings.map((m) => at(m.id)))
    expect(pillar.count).toBe(most)
    expect(new Set(pillar.meetingIds)).toEqual(new Set(data.meetings.filter((m) => at(m.id) === most).map((m) => m.id)))
    const [only] = pillar.meetingIds
    if (pillar.split && only) {
      expect(pillar.meetingIds).toHaveLength(1)
      expect(pillar.split).toEqual({ economy: at(only, PILLARS[0]), government: at(only, PILLARS[1]) })
    }
  }
  for (const lang of ['en', 'ja'] as const) expect(pillarTakeawayText(pillar, index, lang)).not.toBe('')
}

/** The view sentence (topics view, slides, handout, exports), in a scope or over the whole file. */
function checkViewSentence(data: Dataset, scope: Scope | null, filters: TopicFilters) {
  const whole = preparedOf(data).index
  const index = scope === null ? whole : scopeIndex(whole, scope)
  const { yearOf } = preparedOf(data).ref
  const fileYears = [...yearOf.values()]
  const [first, last] = scope === null ? [Math.min(...fileYears), Math.max(...fileYears)] : scopeSpan(scope)
  const inScope = (t: Topic) => yearOf.get(t.meetingId)! >= first && yearOf.get(t.meetingId)! <= last
  const scopeMeetings = data.meetings.filter((m) => yearOf.get(m.id)! >= first && yearOf.get(m.id)! <= last)
  // The count is of what the view shows: the filters as the app reads them (knownFilters).
  const topics = applyFilters(index, knownFilters(filters, index), buildSearchIndex(index))
  const claims = viewClaims(filters, index, topics.length)
  const q = filters.q.trim()
  // What it says is showing is what shows: each named filter is one the topics shown pass.
  const shown = data.topics.filter(
    (t) =>
      inScope(t) &&
      (claims.pillar === null || t.pillar === claims.pillar) &&
      (claims.years.length === 0 || claims.years.includes(yearOf.get(t.meetingId)!)) &&
      (claims.meetingIds.length === 0 || claims.meetingIds.includes(t.meetingId)) &&
      (claims.themeIds.length === 0 || t.themes.some((id) => claims.themeIds.includes(id))) &&
      (claims.q === '' || topics.some((x) => x.id === t.id)),
  )
  expect(claims.count).toBe(shown.length)
  expect(claims.span).toEqual([first, last])
  expect(claims.scopeTopics).toBe(data.topics.filter(inScope).length)
  expect(claims.scopeMeetings).toBe(scopeMeetings.length)
  expect(claims.pillar).toBe(filters.pillar === 'all' ? null : filters.pillar)
  expect(claims.q).toBe(q)
  for (const year of claims.years) expect(filters.years.includes(year) && year >= first && year <= last).toBe(true)
  for (const id of claims.meetingIds)
    expect(filters.meetings.includes(id) && scopeMeetings.some((m) => m.id === id)).toBe(true)
  for (const id of claims.themeIds) expect(filters.themes.includes(id)).toBe(true)
  // Only what the filters ignore is left out of the sentence.
  const scopeYears = new Set(scopeMeetings.map((m) => yearOf.get(m.id)!))
  expect(claims.years).toEqual([...new Set(filters.years.filter((y) => scopeYears.has(y)))].sort((x, y) => x - y))
  // "All N topics": nothing narrows, so every topic in the scope shows.
  if (!claims.isFiltered) expect(claims.count).toBe(claims.scopeTopics)
  for (const lang of ['en', 'ja'] as const) {
    const text = viewSentence(claims, index, lang)
    if (claims.count > 0) expect(text).toContain(formatNumber(claims.count, lang))
    expect(text).toContain(String(first))
  }
}

/** Every slide the outline can give, turned on: each meeting's slide and agreements, and the rest. */
function fullOutline(data: Dataset): OutlineEntry[] {
  const e = (kind: OutlineEntry['kind'], id: string | null = null): OutlineEntry => ({
    kind,
    id,
    isOn: true,
    message: null,
  })
  return [
    e('title'),
    e('meetings'),
    e('agreements'),
    ...data.meetings.flatMap((m) => [e('meeting', m.id), e('agreements', m.id)]),
    e('topics'),
    e('chart'),
    e('themes'),
    e('sources'),
  ]
}

const CONTENT_SLIDES = new Set(['timeline', 'meeting', 'agreements', 'topics', 'chart', 'themes'])

/** Each slide's "so what" claim, checked against the raw records of the scope (history: every meeting in it). */
function checkSlideClaims(data: Dataset, scope: Scope | null, filters: TopicFilters) {
  const whole = preparedOf(data).index
  const index = scope === null ? whole : scopeIndex(whole, scope)
  const { yearOf } = preparedOf(data).ref
  const fileYears = [...yearOf.values()]
  const [first, last] = scope === null ? [Math.min(...fileYears), Math.max(...fileYears)] : scopeSpan(scope)
  const record = data.meetings.filter((m) => yearOf.get(m.id)! >= first && yearOf.get(m.id)! <= last)
  const recordIds = new Set(record.map((m) => m.id))
  const recordTopics = data.topics.filter((t) => recordIds.has(t.meetingId))
  const deck = buildSlides(index, filters, 'en', { today: '2026-01-01', outline: fullOutline(data) })
  // The topics in view, as the view sentence's check decides them (the deck shows the topics view's topics).
  const claims = viewClaims(filters, index, deck.topics.length)
  const matched = new Set(applyFilters(index, knownFilters(filters, index), buildSearchIndex(index)).map((t) => t.id))
  const shown = recordTopics.filter(
    (t) =>
      (claims.pillar === null || t.pillar === claims.pillar) &&
      (claims.years.length === 0 || claims.years.includes(yearOf.get(t.meetingId)!)) &&
      (claims.meetingIds.length === 0 || claims.meetingIds.includes(t.meetingId)) &&
      (claims.themeIds.length === 0 || t.themes.some((id) => claims.themeIds.includes(id))) &&
      (claims.q === '' || matched.has(t.id)),
  )
  expect(deck.topics.map((t) => t.id).sort()).toEqual(shown.map((t) => t.id).sort())
  const kindOf = new Map(data.publishers.map((p) => [p.id, p.kind]))
  const official = (t: Topic) =>
    (t.agreement ?? []).some((a) => a.sources.some((s) => kindOf.get(s.publisher) === 'official'))
  const ofMeeting = (id: string) => shown.filter((t) => t.meetingId === id)
  const meetingsWith = (theme: string) =>
    record.filter((m) => recordTopics.some((t) => t.meetingId === m.id && t.themes.includes(theme)))
  const newAt = (id: string) => {
    const start = data.meetings.find((m) => m.id === id)!.startDate
    // At the record's first meeting every theme is new: no claim is made there.
    if (!record.some((m) => m.startDate < start)) return new Set<string>()
    return new Set(
      ofMeeting(id)
        .flatMap((t) => t.themes)
        .filter((theme) => !meetingsWith(theme).some((m) => m.startDate < start)),
    )
  }

  for (const slide of deck.slides) {
    const claim = slide.claim
    expect(claim !== null, `${slide.id} has a so-what line`).toBe(CONTENT_SLIDES.has(slide.kind))
    if (claim === null) continue
    for (const lang of ['en', 'ja'] as const) expect(slideClaimText(claim, index, lang)).not.toBe('')
    switch (claim.kind) {
      case 'officialAgreements': {
        const about =
          slide.kind === 'topics'
            ? shown.filter((t) => slide.topics.some((c) => c.id === t.id))
            : (slide.kind === 'meeting' || slide.kind === 'agreements') && slide.meetingId !== null
              ? ofMeeting(slide.meetingId)
              : shown
        if (slide.kind === 'topics') expect(about).toHaveLength(slide.topics.length)
        expect(claim.total).toBe(about.length)
        expect(claim.count).toBe(about.filter(official).length)
        if (slide.kind === 'agreements' && slide.meetingId !== null) expect(newAt(slide.meetingId).size).toBe(0)
        break
      }
      case 'busiestMeeting': {
        const at = (id: string) => ofMeeting(id).length
        const most = Math.max(...record.map((m) => at(m.id)))
        expect(claim.count).toBe(most)
        expect(claim.total).toBe(shown.length)
        expect(new Set(claim.meetingIds)).toEqual(new Set(record.filter((m) => at(m.id) === most).map((m) => m.id)))
        break
      }
      case 'pillarLead': {
        const [economy, government] = PILLARS.map((p) => shown.filter((t) => t.pillar === p).length) as [number, number]
        expect(claim.total).toBe(shown.length)
        expect(claim.count).toBe(Math.max(economy, government))
        expect(claim.pillar).toBe(economy === government ? null : economy > government ? PILLARS[0] : PILLARS[1])
        break
      }
      case 'themeHistory': {
        const count = (theme: string) => shown.filter((t) => t.themes.includes(theme)).length
        const most = Math.max(...shown.flatMap((t) => t.themes).map(count))
        expect(count(claim.themeId)).toBe(most)
        const withTheme = meetingsWith(claim.themeId)
        expect(claim.meetings).toBe(withTheme.length)
        expect(claim.firstYear).toBe(Math.min(...withTheme.map((m) => yearOf.get(m.id)!)))
        expect(claim.recordMeetings).toBe(record.length)
        expect(claim.span).toEqual([
          Math.min(...record.map((m) => yearOf.get(m.id)!)),
          Math.max(...record.map((m) => yearOf.get(m.id)!)),
        ])
        break
      }
      case 'newThemes': {
        expect(slide.kind).toBe('agreements')
        expect(new Set(claim.themeIds)).toEqual(newAt(claim.meetingId))
        break
      }
    }
  }
}

/** Small datasets of any shape: meetings in any years (some sharing one), themes with gaps. */
const smallDataset: fc.Arbitrary<Dataset> = fc
  .record({
    meetingYears: fc.array(fc.integer({ min: 2017, max: 2021 }), { minLength: 1, maxLength: 6 }),
    themeCount: fc.integer({ min: 1, max: 5 }),
    topics: fc.array(
      fc.record({
        meeting: fc.nat(),
        pillar: fc.constantFrom(...PILLARS),
        themes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        agreed: fc.constantFrom('official', 'archive', 'press', 'none'),
      }),
      { maxLength: 16 },
    ),
  })
  .map(({ meetingYears, themeCount, topics }) => {
    const meetings = meetingYears.map((y, i) =>
      makeMeeting({ id: `m${i}`, startDate: `${y}-0${(i % 9) + 1}-01`, endDate: `${y}-0${(i % 9) + 1}-01` }),
    )
    const themes = Array.from({ length: themeCount }, (_, i) => ({
      id: `th${i}`,
      name: { en: `Theme ${i}` },
      description: { en: '.' },
    }))
    return makeDataset({
      meetings,
      themes,
      topics: topics.map((t, i) =>
        makeTopic({
          id: `t${i}`,
          title: { en: `Topic ${i} about ${t.pillar}` },
          meetingId: meetings[t.meeting % meetings.length]!.id,
          pillar: t.pillar,
          themes: t.themes.map((n) => themes[n % themeCount]!.id),
          agreement:
            t.agreed === 'none'
              ? null
              : t.agreed === 'official'
                ? [makeAgreement()]
                : [makeAgreement({ sources: t.agreed === 'archive' ? archiveSources : pressSources })],
          ...(t.agreed === 'none' ? { agreementNote: { en: 'No text found.' } } : {}),
        }),
      ),
    })
  })

describe('every generated sentence is true under every filter', () => {
  it(`on the real dataset (${RUNS} filter states)`, () => {
    fc.assert(
      fc.property(filtersFor(real), fc.constantFrom(null, ...SCOPES), (filters, scope) => {
        checkAll(real, filters)
        checkViewSentence(real, scope, filters)
        checkSlideClaims(real, scope, filters)
      }),
      { numRuns: RUNS },
    )
  }, 60_000)

  it(`on small generated datasets (${RUNS} datasets and filter states)`, () => {
    fc.assert(
      fc.property(
        smallDataset.chain((data) => fc.tuple(fc.constant(data), filtersFor(data))),
        ([data, filters]) => {
          checkAll(data, filters)
          for (const scope of [null, ...SCOPES] as const) {
            checkViewSentence(data, scope, filters)
            checkSlideClaims(data, scope, filters)
          }
        },
      ),
      { numRuns: RUNS },
    )
  }, 60_000)
})
