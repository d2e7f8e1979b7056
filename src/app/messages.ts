import { defineMessages } from '@/i18n/defineMessages'

export const appMessages = defineMessages({
  en: {
    documentTitle: (first: number, last: number) => `G20 Digital Ministers' Track ${first}–${last}`,
    title: "G20 Digital Ministers' Track",
    // A word joiner on each side of the dash keeps the year range on one line.
    scope: (first: number, last: number) =>
      `What the G20 digital ministers discussed and agreed, ${first}\u2060–\u2060${last}`,
    skipToContent: 'Skip to content',
    languageLabel: 'Language / 言語',
    viewsLabel: 'Views',
    viewOverview: 'Overview',
    viewTopics: 'Topics',
    viewTimeline: 'Timeline',
    viewThemes: 'Themes',
    viewCompare: 'Compare',
    footerLoading: 'Loading dataset details…',
    updateAvailable: 'A new version of the data is available —',
    updateReload: 'Reload',
    atAGlance: 'At a glance',
    glance: (meetings: string, topics: string, themes: string, first: number, last: number) =>
      `${meetings} meetings from ${first} to ${last}, ${topics} agenda topics, ${themes} themes followed across the years. Every fact links to its source.`,
    meetingsHeading: (first: number, last: number) => `The meetings, ${first}–${last}`,
  },
  ja: {
    documentTitle: (first: number, last: number) => `G20デジタル大臣会合 ${first}–${last}`,
    title: 'G20デジタル大臣会合',
    scope: (first: number, last: number) =>
      `G20デジタル大臣会合で議論され、合意されたこと(${first}\u2060–\u2060${last}年)`,
    skipToContent: '本文へ移動',
    languageLabel: 'Language / 言語',
    viewsLabel: '表示の切り替え',
    viewOverview: '概要',
    viewTopics: 'トピック',
    viewTimeline: '年表',
    viewThemes: 'テーマ',
    viewCompare: '比較',
    footerLoading: 'データセットの情報を読み込み中…',
    updateAvailable: 'データの新しいバージョンがあります —',
    updateReload: '再読み込み',
    atAGlance: '概要',
    glance: (meetings: string, topics: string, themes: string, first: number, last: number) =>
      `${first}年から${last}年までの${meetings}回の会合、${topics}件の議題、年をまたいで追える${themes}のテーマ。すべての事実に出典へのリンクがあります。`,
    meetingsHeading: (first: number, last: number) => `会合の歩み(${first}–${last}年)`,
  },
})
