import { defineMessages } from '@/i18n/defineMessages'

/** Which data a page shows and when it was printed: the footer, both handouts and the printed pages say it alike. */
export const editionMessages = defineMessages({
  en: {
    dataAsOf: (date: string) => `Data as of ${date}`,
    version: (v: string) => `Dataset version ${v}`,
    printedOn: (date: string) => `Printed ${date}`,
  },
  ja: {
    dataAsOf: (date: string) => `データ時点:${date}`,
    version: (v: string) => `データセット バージョン ${v}`,
    printedOn: (date: string) => `${date} 印刷`,
  },
})
