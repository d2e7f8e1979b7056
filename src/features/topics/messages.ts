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
    close: 'Close',
    meeting: 'Meeting',
    whyPillar: 'Why this pillar',
    basisDeclaration: 'From the declaration’s own structure',
    basisEditorial: 'Our classification',
    related: 'The same themes at other meetings',
    relatedNone: 'No other meeting took up these themes.',
    loadingDetail: 'Loading the topic…',
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
    close: '閉じる',
    meeting: '会合',
    whyPillar: 'この分野に分類した理由',
    basisDeclaration: '宣言自体の構成による分類',
    basisEditorial: '編集部による分類',
    related: '他の会合で扱われた同じテーマ',
    relatedNone: '他の会合ではこれらのテーマは扱われていません。',
    loadingDetail: 'トピックを読み込み中…',
    searchingEverything:
      '検索の対象は、トピック、合意された内容、会合の事実と成果、文書名、日本の参加、大臣の発言です(英語・日本語)。',
    nothingTitle: (q: string) => `「${q}」に一致する項目はありません`,
  },
})
