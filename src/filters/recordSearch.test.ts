import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { localText } from '@/data/localize'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import { applyFilters, buildSearchIndex } from './applyFilters'
import { buildRecordIndex, countByKind, recordIndexOf, searchRecord, searchSomeWords } from './recordSearch'

const src = [{ url: 'https://example.org/a', publisher: 'example-ministry' }]
const index = indexDataset(
  makeDataset({
    meetings: [
      makeMeeting({
        outcomes: [
          { text: { en: 'Ministers endorsed the Osaka principles.', ja: '大臣らは原則を支持した。' }, sources: src },
        ],
        facts: [{ text: { en: 'Held in Düsseldorf over two days.' }, sources: src }],
      }),
      makeMeeting({
        id: 'm-2021',
        startDate: '2021-08-05',
        endDate: '2021-08-05',
        city: { en: 'Trieste', ja: 'トリエステ' },
        shortName: { en: 'Trieste 2021' },
        documents: [{ id: 'ai-doc', kind: 'annex', title: { en: 'Policy Examples on AI Adoption' }, sources: src }],
        japan: {
          summary: { en: 'Minister TAKEDA Ryota attended.', ja: '武田良太総務大臣が出席した。' },
          remarks: [{ en: 'It is essential to promote DFFT.' }, { en: 'Japan will accelerate e-government.' }],
          sources: src,
        },
      }),
    ],
    topics: [makeTopic({ summary: { en: 'Track and trace.' } })],
    context: [
      {
        id: 'hangzhou',
        date: '2016-09-04',
        title: { en: 'Hangzhou summit' },
        summary: { en: 'Leaders met in Hangzhou.' },
        sources: src,
      },
    ],
  }),
)
const record = buildRecordIndex(index)
const none: { years: number[]; meetings: string[] } = { years: [], meetings: [] }
const found = (q: string, filters = none) =>
  searchRecord(record, { ...filters, q }).map((h) => `${h.kind}:${h.meetingId}`)

describe('searchRecord', () => {
  it('finds Japan’s participation and the minister’s remarks, in either language, ignoring case', () => {
    expect(found('takeda')).toEqual(['japan:m-2021'])
    expect(found('武田')).toEqual(['japan:m-2021'])
    expect(found('dfft')).toEqual(['remarks:m-2021'])
  })

  it('finds outcomes, documents, facts, meetings and context items, each with its kind', () => {
    expect(found('endorsed')).toEqual(['outcome:m-2017'])
    expect(found('policy examples on ai adoption')).toEqual(['document:m-2021'])
    expect(found('two days')).toEqual(['fact:m-2017'])
    expect(found('hangzhou')).toEqual(['context:null'])
    // The meeting itself by its city, not every item of it.
    expect(found('トリエステ')).toEqual(['meeting:m-2021'])
  })

  it('needs every word, in the item or in its meeting’s name, and at least one in the item', () => {
    expect(found('trieste dfft')).toEqual(['remarks:m-2021'])
    expect(found('dfft accelerate')).toEqual([])
    expect(found('düsseldorf osaka')).toEqual(['outcome:m-2017'])
  })

  it('keeps to the year and meeting filters', () => {
    expect(found('attended', { years: [2017], meetings: [] })).toEqual([])
    expect(found('attended', { years: [2021], meetings: [] })).toEqual(['japan:m-2021'])
    expect(found('attended', { years: [], meetings: ['m-2021'] })).toEqual(['japan:m-2021'])
    expect(found('hangzhou', { years: [], meetings: ['m-2021'] })).toEqual([])
  })

  it('finds nothing for an empty search', () => {
    expect(found('   ')).toEqual([])
  })

  it('is built once per dataset', () => {
    expect(recordIndexOf(index)).toBe(recordIndexOf(index))
  })
})

describe('searchSomeWords', () => {
  const topicText = buildSearchIndex(index)
  const some = (q: string) =>
    searchSomeWords(record, index.topics, topicText, { ...none, q }).map((h) => `${h.kind}:${h.topicId ?? h.meetingId}`)

  it('lists items with some of the words, most words first, topics among them', () => {
    expect(some('osaka track endorsed')).toEqual(['outcome:m-2017', 'topic:t-1'])
    // As many words each: the earlier word of the search first.
    expect(some('osaka track')).toEqual(['outcome:m-2017', 'topic:t-1'])
    expect(some('track osaka')).toEqual(['topic:t-1', 'outcome:m-2017'])
  })

  it('is only for searches of several words', () => {
    expect(some('osaka')).toEqual([])
  })
})

describe('countByKind', () => {
  it('counts hits of each kind in a fixed order', () => {
    // Facts are listed after Japan’s remarks on the meeting page, and counted so.
    expect(countByKind(searchRecord(record, { ...none, q: 'e' }))).toEqual([
      { kind: 'meeting', count: 2 },
      { kind: 'agreement', count: 2 },
      { kind: 'outcome', count: 1 },
      { kind: 'document', count: 2 },
      { kind: 'japan', count: 1 },
      { kind: 'remarks', count: 2 },
      { kind: 'fact', count: 1 },
      { kind: 'context', count: 1 },
    ])
  })
})

describe('the real dataset', () => {
  const data = parseDataset(JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/g20-digital.json'), 'utf8')))
  const real = indexDataset(data)
  const realRecord = buildRecordIndex(real)
  const search = (q: string) => searchRecord(realRecord, { ...none, q })

  it('finds Takeda where the data names him: Japan’s participation at Trieste', () => {
    const hits = search('Takeda')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.map((h) => h.kind)).toContain('japan')
    for (const hit of hits) expect(localText(hit.text, 'en').toLowerCase()).toContain('takeda')
  })

  it('finds every document by its exact title', () => {
    for (const meeting of real.meetings) {
      for (const doc of meeting.documents) {
        const hits = search(localText(doc.title, 'en'))
        expect(hits, doc.id).toContainEqual(expect.objectContaining({ kind: 'document', meetingId: meeting.id }))
      }
    }
  })

  it('finds what a meeting agreed and a presidency’s actions, each linked to its meeting', () => {
    const working = search('Working Group').filter((h) => h.kind === 'agreement')
    expect(working.map((h) => h.meetingId)).toContain('2021-trieste')
    const action = search('Digital Transformation in Production').find((h) => h.kind === 'action')
    expect(action?.meetingId).toBe('2021-trieste')
  })

  it('finds Japan in the record, not only in topics', () => {
    const kinds = new Set(search('Japan').map((h) => h.kind))
    expect(kinds).toContain('japan')
    expect(kinds).toContain('fact')
  })

  it('answers “Osaka Track” with what the data holds', () => {
    const holdsBoth = search('Osaka Track')
    const topicText = buildSearchIndex(real)
    const topics = applyFilters(
      real,
      { pillar: 'all', years: [], meetings: [], themes: [], q: 'Osaka Track' },
      topicText,
    )
    if (holdsBoth.length + topics.length > 0) return
    // No item holds both words: what holds "Osaka" comes first, then what holds "track".
    const some = searchSomeWords(realRecord, real.topics, topicText, { ...none, q: 'Osaka Track' })
    const first = some[0]!
    // A topic may hold the word in what was agreed rather than in its title.
    const firstText = first.topicId ? (topicText.get(first.topicId) ?? '') : localText(first.text, 'en')
    expect(firstText).toMatch(/osaka/i)
    for (const hit of some) if (hit.kind !== 'topic') expect(localText(hit.text, 'en')).toMatch(/osaka|track/i)
  })
})
