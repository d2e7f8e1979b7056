import { defineMessages } from '@/i18n/defineMessages'
import type { HitKind } from './recordSearch'

/** Search results beyond the topic cards: what kind of item matched and where it is. */
export const searchMessages = defineMessages({
  en: {
    heading: 'Found in the meetings record',
    someWordsHeading: 'Found with some of the words',
    someWordsNote: (q: string) => `Nothing holds every word of “${q}”. These hold some of them, most words first.`,
    kind: (kind: HitKind) =>
      ({
        topic: 'Topic',
        meeting: 'Meeting',
        agreement: 'Agreement',
        action: 'Presidency action',
        outcome: 'Outcome',
        document: 'Document',
        japan: 'Japan’s participation',
        remarks: 'Minister’s remarks',
        fact: 'Meeting fact',
        context: 'Background',
      })[kind],
    kindCount: (kind: HitKind, n: number) =>
      `${
        {
          topic: n === 1 ? 'Topic' : 'Topics',
          meeting: n === 1 ? 'Meeting' : 'Meetings',
          agreement: n === 1 ? 'Agreement' : 'Agreements',
          action: n === 1 ? 'Presidency action' : 'Presidency actions',
          outcome: n === 1 ? 'Outcome' : 'Outcomes',
          document: n === 1 ? 'Document' : 'Documents',
          japan: 'Japan’s participation',
          remarks: 'Minister’s remarks',
          fact: n === 1 ? 'Meeting fact' : 'Meeting facts',
          context: 'Background',
        }[kind]
      } (${n})`,
    countsLabel: 'Matches by kind',
    announce: (n: number) =>
      n === 0 ? '' : n === 1 ? 'One more match in the meetings record.' : `${n} more matches in the meetings record.`,
    topicsBelow: (n: number) =>
      n === 0
        ? 'No topic card matches.'
        : n === 1
          ? 'One topic card matches: it is below.'
          : `${n} topic cards match: they are below.`,
    showMore: (shown: number, total: number) => `Show more results (${shown} of ${total} shown)`,
  },
  ja: {
    heading: '会合の記録での一致',
    someWordsHeading: '一部の語に一致した項目',
    someWordsNote: (q: string) =>
      `「${q}」のすべての語を含む項目はありません。一部の語を含む項目を、一致した語の多い順に示します。`,
    kind: (kind: HitKind) =>
      ({
        topic: 'トピック',
        meeting: '会合',
        agreement: '合意',
        action: '議長国の行動',
        outcome: '成果',
        document: '文書',
        japan: '日本の参加',
        remarks: '大臣の発言',
        fact: '会合の事実',
        context: '背景',
      })[kind],
    kindCount: (kind: HitKind, n: number) =>
      `${
        {
          topic: 'トピック',
          meeting: '会合',
          agreement: '合意',
          action: '議長国の行動',
          outcome: '成果',
          document: '文書',
          japan: '日本の参加',
          remarks: '大臣の発言',
          fact: '会合の事実',
          context: '背景',
        }[kind]
      }(${n}件)`,
    countsLabel: '種類別の一致件数',
    announce: (n: number) => (n === 0 ? '' : `会合の記録にも${n}件の一致があります。`),
    topicsBelow: (n: number) =>
      n === 0 ? '一致するトピックはありません。' : `一致するトピック${n}件は下に表示しています。`,
    showMore: (shown: number, total: number) => `さらに表示(${total}件中${shown}件を表示中)`,
  },
})
