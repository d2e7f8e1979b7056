import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import type { Meeting, Source } from '@/data/schema'
import { countByPillar, indexDataset, topicsOfMeeting } from '@/data/selectors'

// Content checks on the four Digital Economy Working Group meetings (2022–2025), against
// ../shared/research/g20-facts-2022-2025.md (F96–F142): what the sheet confirms is there, and what
// it marks UNCONFIRMED is absent or carries `unconfirmed`.
const dataset = parseDataset(JSON.parse(readFileSync(join(process.cwd(), 'public/data/g20-digital.json'), 'utf8')))
const index = indexDataset(dataset)

const meeting = (id: string): Meeting => {
  const m = index.meetingById.get(id)
  if (!m) throw new Error(`no meeting ${id}`)
  return m
}

function allSources(m: Meeting): Source[] {
  return [
    ...m.sources,
    ...m.documents.flatMap((d) => d.sources),
    ...m.outcomes.flatMap((f) => f.sources),
    ...m.facts.flatMap((f) => f.sources),
    ...m.agreements.flatMap((a) => a.sources),
    ...(m.japan?.sources ?? []),
    ...topicsOfMeeting(index.topics, m.id).flatMap((t) => [
      ...t.sources,
      ...(t.agreement ?? []).flatMap((a) => a.sources),
    ]),
  ]
}

const EXPECTED = [
  {
    id: '2022-bali',
    dates: ['2022-09-01', '2022-09-01'],
    city: 'Bali (Nusa Dua)',
    presidency: 'Indonesia',
    outcomeKind: 'chair-summary',
    document: "G20 Digital Economy Ministers' Meetings 2022: Chair Summary",
    pillars: { 'digital-economy': 3, 'digital-government': 0 },
  },
  {
    id: '2023-bengaluru',
    dates: ['2023-08-19', '2023-08-19'],
    city: 'Bengaluru',
    presidency: 'India',
    outcomeKind: 'outcome-document-and-chair-summary',
    document: "G20 Digital Economy Ministers' Meeting, Outcome Document and Chair's Summary",
    pillars: { 'digital-economy': 2, 'digital-government': 1 },
  },
  {
    id: '2024-maceio',
    dates: ['2024-09-13', '2024-09-13'],
    city: 'Maceió',
    presidency: 'Brazil',
    outcomeKind: 'declaration',
    document: 'G20 Maceió Ministerial Declaration on Digital Inclusion for All',
    pillars: { 'digital-economy': 3, 'digital-government': 1 },
  },
  {
    id: '2025-cape-town',
    dates: ['2025-09-29', '2025-09-29'],
    city: 'Cape Town',
    presidency: 'South Africa',
    outcomeKind: 'chairs-statement',
    document: "Chair's Statement",
    pillars: { 'digital-economy': 3, 'digital-government': 1 },
  },
] as const

describe.each(EXPECTED)('$id', (expected) => {
  const m = meeting(expected.id)

  it('has its date, city, presidency and outcome kind', () => {
    expect([m.startDate, m.endDate]).toEqual(expected.dates)
    expect(m.city?.en).toBe(expected.city)
    expect(m.presidency.en).toBe(expected.presidency)
    expect(m.outcomeKind).toBe(expected.outcomeKind)
  })

  it('quotes its outcome document’s title and counts its topics per pillar', () => {
    expect(m.documents[0]?.title.en).toBe(expected.document)
    expect(countByPillar(topicsOfMeeting(index.topics, m.id))).toEqual(expected.pillars)
  })

  it('labels every source with a publisher and its kind, with at least one official source', () => {
    const sources = allSources(m)
    const kinds = sources.map((s) => index.publisherById.get(s.publisher)?.kind)
    expect(kinds.filter((k) => k === undefined)).toEqual([])
    expect(kinds).toContain('official')
    expect(sources.every((s) => s.fact !== undefined && /^F(9[6-9]|1[0-4]\d)$/.test(s.fact))).toBe(true)
  })

  it('has Japanese for Japan’s participation', () => {
    expect(m.japan?.summary.ja).toBeTruthy()
  })
})

describe('what the sheet marks UNCONFIRMED', () => {
  it('flags the 2022 format and the Chair Summary’s exact title (F104, F106)', () => {
    const bali = meeting('2022-bali')
    expect(bali.formatUnconfirmed).toBe(true)
    expect(bali.documents.find((d) => d.kind === 'chair-summary')?.unconfirmed).toBe(true)
    expect(bali.agreements).toEqual([])
  })

  it('does not say what Bengaluru’s paragraph 24 is about, nor that METI attended in 2023 or 2024 (F115, F122, F134)', () => {
    const text = JSON.stringify([meeting('2023-bengaluru'), meeting('2024-maceio')])
    expect(text).not.toMatch(/paragraph 24[^"]*Ukraine/i)
    expect(meeting('2023-bengaluru').japan?.summary.en).not.toMatch(/METI|Economy, Trade/)
    expect(meeting('2024-maceio').japan?.summary.en).not.toMatch(/METI|Economy, Trade/)
  })

  it('flags the two Maceió annexes known from one blog only (F133), and gives no count of invited countries (F126)', () => {
    const maceio = meeting('2024-maceio')
    const flagged = maceio.documents.filter((d) => d.unconfirmed).map((d) => d.id)
    expect(flagged).toEqual(['2024-annex-digital-identity', '2024-annex-information-integrity'])
    expect(JSON.stringify(maceio)).not.toMatch(/\b(7|10|seven|ten) invited/i)
  })

  it('flags the Cape Town Chair’s Statement title and claims no declaration there (F139)', () => {
    const capeTown = meeting('2025-cape-town')
    expect(capeTown.documents.map((d) => [d.kind, d.unconfirmed])).toEqual([['chairs-statement', true]])
    expect(capeTown.agreements).toEqual([])
    expect(capeTown.headline.en).toMatch(/Chair’s Statement rather than a declaration/)
  })

  it('uses Japan’s own Japanese for the 2022 priorities (MIC) and marks our translations', () => {
    const bali = topicsOfMeeting(index.topics, '2022-bali')
    expect(bali.map((t) => t.title.ja)).toEqual([
      '接続性とCOVID-19からの回復',
      'デジタルのスキル・リテラシー',
      'DFFTと越境データ流通',
    ])
    expect(bali.every((t) => t.title.translated !== true)).toBe(true)
    expect(topicsOfMeeting(index.topics, '2025-cape-town').every((t) => t.title.translated === true)).toBe(true)
  })
})
