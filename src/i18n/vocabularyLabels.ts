import type { FORMATS, PILLARS, SOURCE_KINDS } from '@/data/vocabulary'
import type { Lang } from './lang'
import { vocabularyMessages } from './vocabularyMessages'

type Pillar = (typeof PILLARS)[number]
type MeetingFormat = (typeof FORMATS)[number]

/** "Digital economy" / 「デジタル経済」. */
export function pillarLabel(pillar: Pillar, lang: Lang): string {
  const t = vocabularyMessages[lang]
  return pillar === 'digital-government' ? t.pillarGovernment : t.pillarEconomy
}

/** "In person", "Virtual", "Hybrid" / 「対面」「オンライン」「ハイブリッド」. */
export function formatLabel(format: MeetingFormat, lang: Lang): string {
  const t = vocabularyMessages[lang]
  return { 'in-person': t.formatInPerson, virtual: t.formatVirtual, hybrid: t.formatHybrid }[format]
}

/**
 * "Trieste, Italy" / 「イタリア・トリエステ」 from the city and country already in
 * the reader's language; "Virtual (video conference)" when the meeting had no
 * host city.
 */
export function placeLabel(place: { city: string; country: string } | null, lang: Lang): string {
  const t = vocabularyMessages[lang]
  return place ? t.place(place.city, place.country) : t.placeVirtual
}

/** "2021" / 「2021年」. */
export function yearLabel(year: number, lang: Lang): string {
  return vocabularyMessages[lang].year(String(year))
}

/** "2017–2021" / 「2017〜2021年」; one year alone when first equals last. */
export function yearSpanLabel(first: number, last: number, lang: Lang): string {
  if (first === last) return yearLabel(first, lang)
  return vocabularyMessages[lang].yearSpan(String(first), String(last))
}

/** "Official", "Document archive", "Press coverage" / 「公式」「文書アーカイブ」「報道」. */
export function sourceKindLabel(kind: (typeof SOURCE_KINDS)[number], lang: Lang): string {
  return vocabularyMessages[lang].sourceKind(kind)
}
