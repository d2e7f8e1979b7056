import { defineMessages } from '@/i18n/defineMessages'

export const appMessages = defineMessages({
  en: {
    documentTitle: "G20 Digital Ministers' Track 2017–2021",
    title: "G20 Digital Ministers' Track",
    scope: 'What the G20 digital ministers met about, 2017–2021',
    skipToContent: 'Skip to content',
    languageLabel: 'Language / 言語',
    viewsLabel: 'Views',
    viewOverview: 'Overview',
    viewTopics: 'Topics',
    viewTimeline: 'Timeline',
    viewThemes: 'Themes',
    dataAsOf: (date: string) => `Data as of ${date}`,
    version: (v: string) => `Dataset version ${v}`,
    footerLoading: 'Loading dataset details…',
  },
  ja: {
    documentTitle: 'G20デジタル大臣会合 2017–2021',
    title: 'G20デジタル大臣会合',
    scope: 'G20デジタル大臣会合で議論されたこと(2017–2021年)',
    skipToContent: '本文へ移動',
    languageLabel: 'Language / 言語',
    viewsLabel: '表示の切り替え',
    viewOverview: '概要',
    viewTopics: 'トピック',
    viewTimeline: '年表',
    viewThemes: 'テーマ',
    dataAsOf: (date: string) => `データ時点:${date}`,
    version: (v: string) => `データセット バージョン ${v}`,
    footerLoading: 'データセットの情報を読み込み中…',
  },
})
