import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import type { LocalizedText, Source } from '@/data/schema'
import { indexDataset, topicsOfMeeting } from '@/data/selectors'
import { AGREEMENT_VERBS, SOURCE_KINDS } from '@/data/vocabulary'

// Content checks on the shipped dataset: what was agreed, who published each source, and the
// fact-check corrections of issue 11 (each assertion names the error it keeps out).
// Vitest runs from the project root.
const file = join(process.cwd(), 'public/data/g20-digital.json')
const dataset = parseDataset(JSON.parse(readFileSync(file, 'utf8')))
const index = indexDataset(dataset)

/** Every LocalizedText in the dataset, with its path. */
function texts(value: unknown, path = 'dataset', out: [string, LocalizedText][] = []): [string, LocalizedText][] {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    if ('en' in value && typeof value.en === 'string') out.push([path, value as LocalizedText])
    for (const [key, v] of Object.entries(value)) texts(v, `${path}.${key}`, out)
  }
  return out
}

/** Every source in the dataset, with its path. */
function sources(value: unknown, path = 'dataset', out: [string, Source][] = []): [string, Source][] {
  if (Array.isArray(value)) value.forEach((v, i) => sources(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) v.forEach((s: Source, i) => out.push([`${path}.sources[${i}]`, s]))
      else sources(v, `${path}.${key}`, out)
    }
  }
  return out
}

const allTexts = texts(dataset)
const topic = (id: string) => {
  const t = index.topicById.get(id)
  if (!t) throw new Error(`no topic ${id}`)
  return t
}
const meeting = (id: string) => {
  const m = index.meetingById.get(id)
  if (!m) throw new Error(`no meeting ${id}`)
  return m
}

describe.each(index.meetings.map((m) => [m.shortName.en, m] as const))('what %s agreed', (_name, m) => {
  it('lists what the meeting agreed, each with its sources (a chair’s document alone says what came out instead)', () => {
    if (m.outcomeKind === 'chair-summary' || m.outcomeKind === 'chairs-statement') {
      // Nothing was agreed by all members: no agreement may claim it, and the outcomes say what there was.
      expect(m.agreements.filter((a) => a.verb === 'adopted')).toEqual([])
      expect(m.outcomes.length).toBeGreaterThan(0)
    } else expect(m.agreements.length).toBeGreaterThan(0)
    for (const a of m.agreements) expect(a.sources.length).toBeGreaterThan(0)
  })

  it('gives every topic what was agreed, or says plainly that no agreed text was found', () => {
    const topics = topicsOfMeeting(index.topics, m.id)
    expect(topics.length).toBeGreaterThan(0)
    for (const t of topics) {
      if (t.agreement === null) expect(t.agreementNote?.en, t.id).toMatch(/no .*(found|seen)/i)
      else expect(t.agreement.length, t.id).toBeGreaterThan(0)
    }
  })

  it('labels every source with a known publisher and kind', () => {
    for (const [path, source] of sources(m)) {
      expect(SOURCE_KINDS, path).toContain(index.publisherById.get(source.publisher)?.kind)
    }
  })
})

describe('the dataset as a reader sees it', () => {
  it('uses only the agreement verbs of the vocabulary', () => {
    const verbs = [
      ...index.meetings.flatMap((m) => m.agreements),
      ...index.topics.flatMap((t) => t.agreement ?? []),
    ].map((a) => a.verb)
    expect(verbs.length).toBeGreaterThan(60)
    expect(verbs.filter((v) => !(AGREEMENT_VERBS as readonly string[]).includes(v))).toEqual([])
  })

  it('shows no fact-sheet number in any text', () => {
    const offenders = allTexts.filter(([, t]) => /\bfact [FJ]?\d|\b[FJ]\d{1,3}\b/i.test(`${t.en} ${t.ja ?? ''}`))
    expect(offenders.map(([path]) => path)).toEqual([])
  })

  it('does not hedge about source quality in the prose (the source kinds say it)', () => {
    const offenders = allTexts.filter(([, t]) =>
      /known only|only from a news|news repost|ニュースサイトの転載でのみ/i.test(`${t.en} ${t.ja ?? ''}`),
    )
    expect(offenders.map(([path]) => path)).toEqual([])
  })

  it('has sources of every kind, most of them official', () => {
    const kinds = sources(dataset).map(([, s]) => index.publisherById.get(s.publisher)?.kind)
    expect(new Set(kinds)).toEqual(new Set(SOURCE_KINDS))
    expect(kinds.filter((k) => k === 'official').length).toBeGreaterThan(kinds.length / 2)
  })
})

describe('the fact check of issue 11', () => {
  it('credits Germany’s founding of the DETF, first convened under China, with starting the ministers’ process', () => {
    const detf = dataset.context.find((c) => c.id === '2017-detf-founded')!
    expect(detf.summary.en).toMatch(/China’s 2016 presidency/)
    expect(detf.summary.en).toMatch(/Germany formally established .*DETF/)
    expect(detf.summary.en).not.toMatch(/OECD, which began/)
  })

  it('dates the Hangzhou Summit item from its first day, 4 September 2016', () => {
    const hz = dataset.context.find((c) => c.id === '2016-hangzhou-initiative')!
    expect(hz.date).toBe('2016-09-04')
    expect(hz.summary.en).toContain('4–5 September 2016')
  })

  it('adds no word the sources do not have', () => {
    const en = allTexts.map(([, t]) => t.en).join('\n')
    expect(en).not.toMatch(/only G20 member absent/)
    expect(en).not.toMatch(/first put it forward/)
    expect(topic('2017-connectivity').summary.en).not.toMatch(/in line with the ITU/)
    expect(topic('2021-measurement').summary.en).toContain('enabling and disabling factors')
    expect(meeting('2017-dusseldorf').outcomes[1]!.text.en).toMatch(/Zypries .* in her own words/)
  })

  it('gives Japan’s 2018 attendance in MIC’s own English', () => {
    const summary = meeting('2018-salta').japan!.summary.en
    expect(summary).toContain('State Minister')
    expect(summary).toContain('emerging technologies, and technological infrastructure development')
  })

  it('cites the 22–23 July 2020 dates to the source that gives them', () => {
    const fact = meeting('2020-virtual-july').facts.find((f) => f.text.en.includes('22–23 July'))!
    expect(fact.sources.map((s) => s.url)).toContain(
      'https://humainism.ai/updates/g20-digital-ministers-reiterate-commitment-to-promoting-human-centred-ai/',
    )
  })

  it('quotes titles verbatim', () => {
    expect(meeting('2021-trieste').documents.map((d) => d.title.en)).toContain(
      'G20 Policy Examples on How to Enhance the Adoption of AI by MSMES and Start-ups',
    )
    expect(topic('2019-governance-innovation').title.en).toBe(
      'Governance Innovation - Agile and Flexible Policy Approaches in the Digital Economy -',
    )
  })

  it('marks our own Japanese for official English titles as our translation, and only ours', () => {
    const ours = [
      '「デジタル化のためのロードマップ」',
      '「G20デジタル・ガバメント原則」',
      '「G20デジタル経済測定ツールキット」',
      '「G20デジタル政策リポジトリ」',
      '「COVID-19対応声明」',
      '「人・地球・繁栄」',
      '「人間中心の未来社会」',
      '「革新的成長のためのG20ブループリント」',
    ]
    const unmarked = allTexts.filter(([, t]) => ours.some((title) => t.ja?.includes(title)) && t.translated !== true)
    expect(unmarked.map(([path]) => path)).toEqual([])
    expect(meeting('2020-virtual-july').name.translated).toBeUndefined()
    expect(meeting('2020-virtual-july').facts[2]!.text.ja).toContain('ナレッジ・パートナーとして招かれた')
  })

  it('follows the official Japanese opening of the minister’s 2021 remark on DFFT', () => {
    expect(meeting('2021-trieste').japan!.remarks[2]!.ja).toMatch(
      /^コロナからの力強い経済回復・成長の実現に向けて、信頼性に関する課題に取り組むことで、データの自由/,
    )
  })
})

describe('themes true to the record', () => {
  it('keeps 2017’s free flow of information out of DFFT, a term first proposed in January 2019', () => {
    expect(topic('2017-free-flow-internet-governance').themes).toEqual(['data-flows'])
    const dfftYears = index.topics
      .filter((t) => t.themes.includes('dfft'))
      .map((t) => meeting(t.meetingId).startDate.slice(0, 4))
    expect(dfftYears.length).toBeGreaterThan(2)
    expect(dfftYears.every((y) => Number(y) >= 2019)).toBe(true)
    expect(index.themeById.get('dfft')?.description.en).toContain('January 2019')
  })
})

describe('what the sheet flags', () => {
  it('files WTO reform under “II. Trade”', () => {
    expect(topic('2019-trade-wto-reform').pillarBasis.reason.en).toContain('“II. Trade”')
  })

  it('says no agreed text was found for 2018 future skills and 2021 DFFT', () => {
    expect(topic('2018-future-skills').agreement).toBeNull()
    expect(topic('2021-dfft-cross-border').agreement).toBeNull()
  })

  it('calls the two July 2020 annex-only topics annexed, not endorsed', () => {
    for (const id of ['2020-07-measurement', '2020-07-security']) {
      expect(topic(id).agreement?.map((a) => a.verb)).toEqual(['annexed'])
      expect(topic(id).agreementNote?.en).toMatch(/^Annexed, not endorsed/)
    }
  })

  it('says the stored 2018 toolkit copy is labelled a draft', () => {
    expect(topic('2018-measurement').agreementNote?.en).toContain('DRAFT VERSION - NOVEMBER 2018')
  })

  it('records the 2021 decision to create the DEWG from an official source', () => {
    const dewg = meeting('2021-trieste').agreements.find((a) => a.text.en.includes('Digital Economy Working Group'))!
    expect(dewg.verb).toBe('agreed')
    expect(dewg.sources.some((s) => index.publisherById.get(s.publisher)?.kind === 'official')).toBe(true)
  })
})

describe('Trieste’s 12 actions', () => {
  const list = meeting('2021-trieste').actionList!

  it('counts the 12 the presidency announced and names its first action', () => {
    expect(list.announced).toBe(12)
    expect(list.items[0]).toMatchObject({ number: 1, nameSource: { en: 'Italian presidency' } })
    expect(list.items[0]!.commitment?.en).toMatch(/commit/)
  })

  it('gives METI’s names for the rest, never a guessed commitment, and says the 12th is unidentified', () => {
    const rest = list.items.slice(1)
    expect(rest).toHaveLength(10)
    expect(rest.every((item) => item.nameSource.en.startsWith('METI') && item.commitment === null)).toBe(true)
    expect(list.note.en).toMatch(/12th action is unidentified/)
    expect(list.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const trieste = new Set(topicsOfMeeting(index.topics, '2021-trieste').map((t) => t.id))
    expect(list.items.every((item) => item.topicId !== undefined && trieste.has(item.topicId))).toBe(true)
  })
})
