import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

export const topicMessages = defineMessages({
  en: {
    showMore: (shown: number, total: number) => `Show more topics (${shown} of ${total} shown)`,
    heading: 'Topics',
    count: (n: number) => `${n} ${plural('en', n, { one: 'topic', other: 'topics' })}`,
    sources: 'Sources',
    themes: 'Themes',
    opensInNewTab: '(opens in a new tab)',
    emptyTitle: 'No topics match these filters',
    emptyBody: 'Try fewer filters or another search, or start again from all topics.',
    clearFilters: 'Clear filters',
    searchingEverything:
      'Search looks through topics, what was agreed, meeting facts and outcomes, document titles, Japan’s participation and the minister’s remarks, in English and Japanese.',
    nothingTitle: (q: string) => `Nothing matches “${q}”`,
  },
  ja: {
    showMore: (shown: number, total: number) => `さらに表示(${total}件中${shown}件を表示中)`,
    heading: 'トピック',
    count: (n: number) => `${n}件のトピック`,
    sources: '出典',
    themes: 'テーマ',
    opensInNewTab: '(新しいタブで開きます)',
    emptyTitle: '条件に合うトピックはありません',
    emptyBody: '絞り込みを減らすか別の語で検索してください。すべてのトピックに戻すこともできます。',
    clearFilters: '絞り込みを解除',
    searchingEverything:
      '検索の対象は、トピック、合意された内容、会合の事実と成果、文書名、日本の参加、大臣の発言です(英語・日本語)。',
    nothingTitle: (q: string) => `「${q}」に一致する項目はありません`,
  },
})
