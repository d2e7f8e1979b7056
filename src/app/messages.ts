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
    viewCompare: 'Compare',
    dataAsOf: (date: string) => `Data as of ${date}`,
    version: (v: string) => `Dataset version ${v}`,
    footerLoading: 'Loading dataset details…',
    atAGlance: 'At a glance',
    glance: (meetings: string, topics: string, themes: string) =>
      `${meetings} meetings from 2017 to 2021, ${topics} agenda topics, ${themes} themes followed across the years. Every fact links to its source.`,
    meetingsHeading: 'The meetings, 2017–2021',
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
    viewCompare: '比較',
    dataAsOf: (date: string) => `データ時点:${date}`,
    version: (v: string) => `データセット バージョン ${v}`,
    footerLoading: 'データセットの情報を読み込み中…',
    atAGlance: '概要',
    glance: (meetings: string, topics: string, themes: string) =>
      `2017年から2021年までの${meetings}回の会合、${topics}件の議題、年をまたいで追える${themes}のテーマ。すべての事実に出典へのリンクがあります。`,
    meetingsHeading: '会合の歩み(2017–2021年)',
  },
})
