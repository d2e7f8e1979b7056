import { defineMessages } from './defineMessages'

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
  },
})
