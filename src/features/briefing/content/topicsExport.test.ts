import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { DEFAULT_VIEW_STATE } from '@/url/urlState'
import { makeDataset, makeTopic, makeUnagreedTopic, pressSources } from '../../../../tests/fixtures/dataset'
import { citation, permalink } from './citation'
import { csvField, topicsCsv, topicsJson } from './topicsExport'

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

const index = indexDataset(
  makeDataset({
    topics: [
      makeTopic({
        title: { en: 'Data, "free flow" and trust', ja: 'データ、信頼性' },
        summary: { en: 'Line one\nline two' },
      }),
      makeTopic({ id: 't-2', meetingId: 'm-2021', themes: ['ai', 'digital-government'], pillar: 'digital-economy' }),
      makeUnagreedTopic({ id: 't-3', meetingId: 'm-2021', sources: pressSources }),
    ],
  }),
)

describe('csvField', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvField('+1+1')).toBe("'+1+1")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\t=1')).toBe("'\t=1")
    expect(csvField('\r=1')).toBe(`"'\r=1"`)
    // Only at the start: text that merely contains the characters is left alone.
    expect(csvField('a=b, c+d')).toBe('"a=b, c+d"')
    expect(csvField('e-government')).toBe('e-government')
  })
})

describe('topicsCsv', () => {
  it('starts with a BOM and a header row, then one row per topic that round-trips', () => {
    const csv = topicsCsv(index, index.topics, 'en')
    expect(
      csv.startsWith('\uFEFFID,Title,Meeting,Date,Pillar,Themes,Summary,What was agreed,Best source,Sources\r\n'),
    ).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows).toHaveLength(4)
    expect(rows[1]).toEqual([
      't-1',
      'Data, "free flow" and trust',
      'Düsseldorf 2017',
      '2017-04-06',
      'Digital government',
      'Digital government',
      'Line one\nline two',
      'Adopted the “Test Principles”.',
      'Official',
      'Official: Example Ministry https://example.org/source',
    ])
    expect(rows[2]?.[5]).toBe('AI; Digital government')
  })

  it('says plainly when no agreed text was found and when a topic rests on press coverage only', () => {
    const rows = parseCsv(topicsCsv(index, index.topics, 'en').slice(1))
    expect(rows[3]?.slice(7)).toEqual([
      'No agreed text found in the sources',
      'Press coverage (press only)',
      'Press coverage: Example News https://news.example.com/story',
    ])
    const ja = parseCsv(topicsCsv(index, index.topics, 'ja').slice(1))
    expect(ja[3]?.slice(7)).toEqual([
      '出典に合意文は見つかっていません',
      '報道(報道のみ)',
      '報道:例示ニュース https://news.example.com/story',
    ])
  })

  it('never writes a fact-sheet number', () => {
    expect(topicsCsv(index, index.topics, 'en')).not.toMatch(/\bF\d+\b/)
    expect(topicsJson(index, index.topics, { sentence: 'All.', permalink: 'https://x.test/', lang: 'en' })).not.toMatch(
      /"fact"|\bF\d+\b/,
    )
  })

  it('a topic whose title starts with = reaches the spreadsheet as text, not a formula', () => {
    const hostile = indexDataset(
      makeDataset({ topics: [makeTopic({ title: { en: '=cmd|" /C calc"!A0' }, summary: { en: '@SUM(1+1)' } })] }),
    )
    const rows = parseCsv(topicsCsv(hostile, hostile.topics, 'en').slice(1))
    expect(rows[1]?.[1]).toBe(`'=cmd|" /C calc"!A0`)
    expect(rows[1]?.[6]).toBe("'@SUM(1+1)")
  })

  it('writes the headers and text in Japanese', () => {
    const rows = parseCsv(topicsCsv(index, index.topics.slice(0, 1), 'ja').slice(1))
    expect(rows[0]).toEqual([
      'ID',
      'タイトル',
      '会合',
      '日付',
      '分野',
      'テーマ',
      '概要',
      '合意された内容',
      '最も確かな出典',
      '出典',
    ])
    expect(rows[1]?.[1]).toBe('データ、信頼性')
    expect(rows[1]?.[4]).toBe('デジタルガバメント')
  })
})

describe('topicsJson', () => {
  it('holds the dataset version, the view and the topics', () => {
    const json = JSON.parse(
      topicsJson(index, index.topics, { sentence: 'All.', permalink: 'https://x.test/?pillar=all', lang: 'en' }),
    ) as {
      dataset: { version: string }
      view: { permalink: string }
      topics: {
        id: string
        meeting: { id: string }
        pressOnly: boolean
        sources: { publisher: string; kind: string }[]
      }[]
    }
    expect(json.dataset.version).toBe('1.0.0')
    expect(json.view.permalink).toBe('https://x.test/?pillar=all')
    expect(json.topics.map((t) => [t.id, t.meeting.id])).toEqual([
      ['t-1', 'm-2017'],
      ['t-2', 'm-2021'],
      ['t-3', 'm-2021'],
    ])
    expect(json.topics.map((t) => [t.pressOnly, t.sources[0]])).toEqual([
      [false, { url: 'https://example.org/source', publisher: 'Example Ministry', kind: 'official' }],
      [false, { url: 'https://example.org/source', publisher: 'Example Ministry', kind: 'official' }],
      [true, { url: 'https://news.example.com/story', publisher: 'Example News', kind: 'press' }],
    ])
  })
})

describe('citation and permalink', () => {
  it('drops the presenting state from the link', () => {
    const state = { ...DEFAULT_VIEW_STATE, pillar: 'digital-government' as const, slide: 3 }
    expect(permalink('https://x.test/app/?slide=3&presenter=1#main', state, 'ja', '/app/')).toBe(
      'https://x.test/app/ja/?pillar=digital-government',
    )
  })

  it('cites title, version, URL and access date in both languages', () => {
    const meta = { ...makeDataset().meta, title: { en: 'G20 Digital', ja: 'G20デジタル' } }
    expect(citation(meta, 'https://x.test/', '2026-12-01', 'en')).toBe(
      'G20 Digital. Dataset version 1.0.0. https://x.test/ (accessed 1 December 2026).',
    )
    expect(citation(meta, 'https://x.test/', '2026-12-01', 'ja')).toBe(
      '『G20デジタル』データセット バージョン 1.0.0。https://x.test/(2026年12月1日閲覧)。',
    )
  })
})
