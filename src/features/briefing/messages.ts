import { defineMessages } from '@/i18n/defineMessages'

/** The header's briefing controls: these ship in the first bundle, so keep them short. */
export const briefingMessages = defineMessages({
  en: {
    present: 'Present',
    share: 'Share and export',
    printHandout: 'Print handout',
    loading: 'Loading…',
  },
  ja: {
    present: 'プレゼンテーション',
    share: '共有・書き出し',
    printHandout: '配布資料を印刷',
    loading: '読み込み中…',
  },
})
