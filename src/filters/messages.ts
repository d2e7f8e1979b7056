import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

/** The parts of a filtered "what is showing" sentence, each already in the reader's language (null: no such filter). */
interface SentenceParts {
  count: number
  n: string
  pillar: string | null
  meetings: string | null
  years: string | null
  themes: string | null
  q: string | null
  total: string
  span: string
}

export const filterMessages = defineMessages({
  en: {
    filtersHeading: 'Filters',
    scopeLabel: 'Years',
    lensAll: 'All',
    lensCount: (n: number) => `${n} ${plural('en', n, { one: 'topic', other: 'topics' })}`,
    yearLabel: 'Year',
    meetingLabel: 'Meeting',
    themeLabel: 'Themes',
    themesSelected: (n: number) => (n === 0 ? 'any' : `${n} selected`),
    searchLabel: 'Search topics and meetings',
    searchHint:
      'Topics, what was agreed, meeting facts and outcomes, documents, Japan’s participation, the minister’s remarks',
    filtersToggle: (n: number) => (n === 0 ? 'Filters' : `Filters (${n})`),
    activeFiltersLabel: 'Active filters',
    removeFilter: 'Remove filter:',
    searchChip: (q: string) => `“${q}”`,
    clearAll: 'Clear all',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFailed: 'Copying is not available here: copy the address from the browser’s address bar.',
    sentenceAll: (count: number, n: string, meetings: string, span: string) =>
      count === 1 ? `The one topic of ${span}` : `All ${n} topics from the ${meetings} meetings of ${span}`,
    sentenceFiltered: (s: SentenceParts) =>
      [
        `${s.count === 0 ? 'No' : s.n} ${s.pillar === null ? '' : `${s.pillar} `}${s.count === 1 ? 'topic' : 'topics'}`,
        s.meetings === null ? '' : ` at ${s.meetings}`,
        s.years === null ? '' : ` in ${s.years}`,
        s.themes === null ? '' : ` about ${s.themes}`,
        s.q === null ? '' : ` matching “${s.q}”`,
        ` (of ${s.total} in ${s.span})`,
      ].join(''),
  },
  ja: {
    filtersHeading: '絞り込み',
    scopeLabel: '対象期間',
    lensAll: 'すべて',
    lensCount: (n: number) => `${n}件のトピック`,
    yearLabel: '年',
    meetingLabel: '会合',
    themeLabel: 'テーマ',
    themesSelected: (n: number) => (n === 0 ? '指定なし' : `${n}件選択中`),
    searchLabel: 'トピックと会合を検索',
    searchHint: 'トピック、合意された内容、会合の事実と成果、文書名、日本の参加、大臣の発言が対象です',
    filtersToggle: (n: number) => (n === 0 ? '絞り込み' : `絞り込み(${n})`),
    activeFiltersLabel: '適用中の絞り込み',
    removeFilter: '絞り込みを解除:',
    searchChip: (q: string) => `「${q}」`,
    clearAll: 'すべて解除',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました',
    copyFailed: 'ここではコピーできません。ブラウザのアドレスバーからURLをコピーしてください。',
    sentenceAll: (_count: number, n: string, meetings: string, span: string) =>
      `${span}の全${meetings}会合のトピック ${n}件`,
    sentenceFiltered: (s: SentenceParts) => {
      const parts = [
        s.meetings === null ? '' : `${s.meetings}の`,
        s.years === null ? '' : `${s.years}の`,
        s.themes === null ? '' : `「${s.themes}」に関する`,
        s.q === null ? '' : `「${s.q}」を含む`,
      ].filter((p) => p !== '')
      const subject = `${parts.join('、')}${s.pillar === null ? '' : `${s.pillar}の`}トピック`
      return `${s.span}の${s.total}件のうち、${s.count === 0 ? `${subject}はありません` : `${subject} ${s.n}件`}`
    },
  },
})
