import { defineMessages } from '@/i18n/defineMessages'

/** The header's briefing controls: these ship in the first bundle, so keep them short. */
export const briefingMessages = defineMessages({
  en: {
    present: 'Present',
    buildBriefing: 'Build briefing',
    share: 'Share and export',
    printHandout: 'Print handout',
    loading: 'Loading…',
  },
  ja: {
    present: 'プレゼンテーション',
    buildBriefing: 'ブリーフィングを作成',
    share: '共有・書き出し',
    printHandout: '配布資料を印刷',
    loading: '読み込み中…',
  },
})
