import type { SOURCE_KINDS } from '@/data/vocabulary'
import { defineMessages } from './defineMessages'

type SourceKind = (typeof SOURCE_KINDS)[number]

/**
 * The words for the dataset's closed vocabularies (pillar, meeting format,
 * place, year span), written once: the filters, cards, timeline, charts,
 * slides, handout and exports all use these through vocabularyLabels.ts.
 */
export const vocabularyMessages = defineMessages({
  en: {
    pillar: 'Pillar',
    pillarEconomy: 'Digital economy',
    pillarGovernment: 'Digital government',
    formatInPerson: 'In person',
    formatVirtual: 'Virtual',
    formatHybrid: 'Hybrid',
    /** Where a meeting held only by video conference took place. */
    placeVirtual: 'Virtual (video conference)',
    place: (city: string, country: string) => `${city}, ${country}`,
    year: (year: string) => year,
    yearSpan: (first: string, last: string) => `${first}–${last}`,
    /** Who published a source, by the authority it carries (SOURCE_KINDS). */
    sourceKind: (kind: SourceKind) =>
      ({ official: 'Official', archive: 'Document archive', press: 'Press coverage' })[kind],
  },
  ja: {
    pillar: '分野',
    pillarEconomy: 'デジタル経済',
    pillarGovernment: 'デジタルガバメント',
    formatInPerson: '対面',
    formatVirtual: 'オンライン',
    formatHybrid: 'ハイブリッド',
    placeVirtual: 'オンライン(ビデオ会議)',
    place: (city: string, country: string) => `${country}・${city}`,
    year: (year: string) => `${year}年`,
    yearSpan: (first: string, last: string) => `${first}〜${last}年`,
    sourceKind: (kind: SourceKind) => ({ official: '公式', archive: '文書アーカイブ', press: '報道' })[kind],
  },
})
