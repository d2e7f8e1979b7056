import { defineMessages } from '@/i18n/defineMessages'

/** The labels of printed pages (loaded with print only); when and from which data is editionLine's. */
export const printMessages = defineMessages({
  en: {
    permalink: 'Permalink',
    allSources: 'All sources',
  },
  ja: {
    permalink: 'パーマリンク',
    allSources: '出典一覧',
  },
})
