import { defineMessages } from '@/i18n/defineMessages'

/** What every printed page says about itself: when, from which data, where to find it again (loaded with print only). */
export const printMessages = defineMessages({
  en: {
    permalink: 'Permalink',
    dataAsOf: (date: string) => `Data as of ${date}`,
    version: (v: string) => `Dataset version ${v}`,
    printedOn: (date: string) => `Printed ${date}`,
    allSources: 'All sources',
  },
  ja: {
    permalink: 'パーマリンク',
    dataAsOf: (date: string) => `データ時点:${date}`,
    version: (v: string) => `データセット バージョン ${v}`,
    printedOn: (date: string) => `${date} 印刷`,
    allSources: '出典一覧',
  },
})
