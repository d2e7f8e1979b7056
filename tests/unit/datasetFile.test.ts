import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import { countByPillar, indexDataset, topicsOfMeeting } from '@/data/selectors'

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const dataset = parseDataset(JSON.parse(readFileSync(file('../../public/data/g20-digital.json'), 'utf8')))
const index = indexDataset(dataset)

// The seed's eleven Trieste topics, in its order, with its titles.
const SEED_ECONOMY = [
  'Digital Transformation in Production for Sustainable Growth',
  'Leveraging Trustworthy Artificial Intelligence for MSMEs’ Inclusiveness and Start-ups’ Promotion',
  'Measurement, Practice and Impact of the Digital Economy',
  'Consumers’ Awareness and Protection in the Global Digital Economy',
  'Children Protection and Empowerment in the Digital Environment',
  'Encourage Innovation for Smart Cities and Communities',
  'Connectivity and Social Inclusion',
  'Data Free Flow with Trust and Cross-border Data Flows',
]
const SEED_GOVERNMENT = [
  'Digital Tools for Public Services and Their Continuity',
  'Digital Identity',
  'Agile Regulation',
]
const OFFICIAL_JA = [
  '持続可能な成長のための生産におけるデジタルトランスフォーメーション',
  '零細中小企業の包摂性やスタートアップ促進のための信頼できるAIの活用',
  'デジタル経済の測定、実践、影響',
  'グローバルなデジタル経済における消費者意識と消費者保護',
  'デジタル環境における青少年保護とエンパワーメント',
  'スマートシティ・コミュニティのためのイノベーション促進',
  '接続性と社会的包摂',
  '信頼性のある自由なデータ流通と越境データ流通',
  '公共サービスとその継続性のためのデジタルツール',
  'デジタルアイデンティティ',
  'アジャイル規制',
]

describe('the dataset file', () => {
  it('has the six core meetings 2017–2021 in order, with their dates', () => {
    const core = index.meetings.filter((m) => m.startDate < '2022')
    expect(core.map((m) => [m.id, m.startDate, m.endDate, m.format])).toEqual([
      ['2017-dusseldorf', '2017-04-06', '2017-04-07', 'in-person'],
      ['2018-salta', '2018-08-23', '2018-08-24', 'in-person'],
      ['2019-tsukuba', '2019-06-08', '2019-06-09', 'in-person'],
      ['2020-virtual-april', '2020-04-30', '2020-04-30', 'virtual'],
      ['2020-virtual-july', '2020-07-22', '2020-07-22', 'virtual'],
      ['2021-trieste', '2021-08-05', '2021-08-05', 'hybrid'],
    ])
  })

  it('gives Trieste 2021 exactly the seed’s 8 + 3 topics, with the seed’s titles and Japan’s own Japanese', () => {
    const trieste = topicsOfMeeting(index.topics, '2021-trieste')
    expect(countByPillar(trieste)).toEqual({ 'digital-economy': 8, 'digital-government': 3 })
    expect(trieste.filter((t) => t.pillar === 'digital-economy').map((t) => t.title.en)).toEqual(SEED_ECONOMY)
    expect(trieste.filter((t) => t.pillar === 'digital-government').map((t) => t.title.en)).toEqual(SEED_GOVERNMENT)
    expect(trieste.map((t) => t.title.ja)).toEqual(OFFICIAL_JA)
    expect(trieste.every((t) => t.title.translated !== true && t.pillarBasis.kind === 'declaration')).toBe(true)
  })

  it('quotes the 2021 declaration title exactly', () => {
    const trieste = index.meetingById.get('2021-trieste')!
    expect(trieste.documents.map((d) => d.title.en)).toContain(
      'Declaration of G20 Digital Ministers: Leveraging Digitalisation for a Resilient, Strong, Sustainable and Inclusive Recovery',
    )
    expect(trieste.japan?.remarks).toHaveLength(4)
  })

  it('has a Japanese text for every user-facing text', () => {
    const missing: string[] = []
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
      else if (value && typeof value === 'object') {
        if ('en' in value && !('ja' in value)) missing.push(path)
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`)
      }
    }
    walk(dataset, 'dataset')
    expect(missing).toEqual([])
  })

  const factSheet = file('../../../shared/research/g20-facts.md')
  const otherSheets = ['g20-facts-ja.md', 'g20-facts-2022-2025.md', 'g20-agreements.md'].map((name) =>
    file(`../../../shared/research/${name}`),
  )
  // Outside a checkout with ../shared beside it the check is skipped (and reported as skipped);
  // in CI, which always has ../shared, it runs and a missing fact sheet fails it.
  it.runIf(existsSync(factSheet) || process.env.CI === 'true')(
    'takes every source URL from the research sheets (../shared/research)',
    () => {
      const text = [factSheet, ...otherSheets].map((path) => readFileSync(path, 'utf8')).join('\n')
      const urls = new Set<string>()
      JSON.stringify(dataset, (key, value: unknown) => {
        if (key === 'url' && typeof value === 'string') urls.add(value)
        return value
      })
      expect(urls.size).toBeGreaterThan(20)
      expect([...urls].filter((url) => !text.includes(url))).toEqual([])
    },
  )
})
