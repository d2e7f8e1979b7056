import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'
import type { OutcomeDocument, OutcomeKind } from '@/data/schema'

type DocumentKind = OutcomeDocument['kind']

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
    documentKind: (kind: DocumentKind) =>
      ({
        declaration: 'Declaration',
        statement: 'Statement',
        annex: 'Annex',
        'chairs-statement': 'Chair’s statement',
        'chair-summary': 'Chair’s summary',
        'outcome-document': 'Outcome document',
      })[kind],
    outcomeLabel: 'Outcome',
    outcomeKind: (kind: OutcomeKind) =>
      ({
        declaration: 'Ministerial declaration',
        statement: 'Ministerial statement',
        'outcome-document-and-chair-summary': 'Outcome document and chair’s summary',
        'chair-summary': 'Chair’s summary (no declaration)',
        'chairs-statement': 'Chair’s statement (no declaration)',
      })[kind],
    outcomeMeaning: (kind: OutcomeKind) =>
      ({
        declaration: 'Adopted by the ministers together.',
        statement: 'Adopted by the ministers together.',
        'outcome-document-and-chair-summary':
          'Agreed by all members except the chair’s summary part, which is the presidency’s own and not agreed by all members.',
        'chair-summary': 'Issued by the presidency on its own authority: not agreed by all members.',
        'chairs-statement': 'Issued by the presidency on its own authority: not agreed by all members.',
      })[kind],
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
    documentKind: (kind: DocumentKind) =>
      ({
        declaration: '宣言',
        statement: '声明',
        annex: '附属文書',
        'chairs-statement': '議長声明',
        'chair-summary': '議長総括',
        'outcome-document': '成果文書',
      })[kind],
    outcomeLabel: '成果の種類',
    outcomeKind: (kind: OutcomeKind) =>
      ({
        declaration: '閣僚宣言',
        statement: '閣僚声明',
        'outcome-document-and-chair-summary': '成果文書及び議長総括',
        'chair-summary': '議長総括(宣言なし)',
        'chairs-statement': '議長声明(宣言なし)',
      })[kind],
    outcomeMeaning: (kind: OutcomeKind) =>
      ({
        declaration: '大臣らが共同で採択した文書。',
        statement: '大臣らが共同で採択した文書。',
        'outcome-document-and-chair-summary':
          '議長総括の部分を除き全メンバーが合意した文書。議長総括は議長国自身のもので、全メンバーの合意を経ていない。',
        'chair-summary': '議長国が自らの責任で出した文書で、全メンバーの合意を経ていない。',
        'chairs-statement': '議長国が自らの責任で出した文書で、全メンバーの合意を経ていない。',
      })[kind],
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
