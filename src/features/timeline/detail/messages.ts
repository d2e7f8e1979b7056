import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

/** The meeting detail (lazy-loaded with it). */
export const meetingMessages = defineMessages({
  en: {
    showTopics: 'Show this meeting’s topics',
    back: 'Back to the timeline',
    compareWithPrevious: 'Compare with the previous meeting',
    dates: 'Dates',
    placeLabel: 'Place',
    formatLabel: 'Format',
    outcomes: 'Notable outcomes',
    agreed: 'What the ministers agreed',
    actionNumber: (n: number) => `Action ${n}.`,
    actionNameBy: 'Name as given by',
    actionNoCommitment: 'No commitment sentence for this action was found in the sources.',
    actionTopic: 'The topic on this action',
    actionsUnidentified: (n: number) =>
      n === 1
        ? 'One announced action is not identified in any source found.'
        : `${n} announced actions are not identified in any source found.`,
    facts: 'Facts',
    documents: 'Outcome documents',
    documentKind: (kind: 'declaration' | 'statement' | 'annex' | 'chairs-statement') =>
      ({ declaration: 'Declaration', statement: 'Statement', annex: 'Annex', 'chairs-statement': 'Chair’s statement' })[
        kind
      ],
    topicsHeading: (n: number) => `Topics (${n})`,
    pillarHeading: (pillar: string, n: number) =>
      `${pillar} (${n} ${plural('en', n, { one: 'topic', other: 'topics' })})`,
    noTopics: 'No topics are recorded for this meeting.',
    japan: 'Japan’s participation',
    japanRemarks: 'Japan’s remarks',
    sources: 'Sources',
    unconfirmed: 'Unconfirmed',
    meetingNav: 'Other meetings',
    previous: 'Previous meeting',
    next: 'Next meeting',
    notFoundTitle: 'Meeting not found',
    notFoundBody: (id: string) => `There is no meeting with the id “${id}” in the dataset.`,
  },
  ja: {
    showTopics: 'この会合のトピックを表示',
    back: '年表に戻る',
    compareWithPrevious: '前の会合と比較',
    dates: '日程',
    placeLabel: '開催地',
    formatLabel: '開催形式',
    outcomes: '主な成果',
    agreed: '大臣らが合意した内容',
    actionNumber: (n: number) => `行動${n}:`,
    actionNameBy: '名称の出所:',
    actionNoCommitment: 'この行動のコミットメントの文は出典に見つかっていません。',
    actionTopic: 'この行動に関するトピック',
    actionsUnidentified: (n: number) => `発表された行動のうち${n}件は、見つかった出典では特定できていません。`,
    facts: '事実',
    documents: '成果文書',
    documentKind: (kind: 'declaration' | 'statement' | 'annex' | 'chairs-statement') =>
      ({ declaration: '宣言', statement: '声明', annex: '附属文書', 'chairs-statement': '議長声明' })[kind],
    topicsHeading: (n: number) => `トピック(${n}件)`,
    pillarHeading: (pillar: string, n: number) => `${pillar}(${n}件)`,
    noTopics: 'この会合のトピックは記録されていません。',
    japan: '日本の参加',
    japanRemarks: '日本の発言',
    sources: '出典',
    unconfirmed: '未確認',
    meetingNav: 'ほかの会合',
    previous: '前の会合',
    next: '次の会合',
    notFoundTitle: '会合が見つかりません',
    notFoundBody: (id: string) => `データセットにID「${id}」の会合はありません。`,
  },
})
