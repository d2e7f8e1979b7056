import { defineMessages } from '@/i18n/defineMessages'
import type { ThemeChangeKind } from './compareMeetings'

/** The compare view: two meetings side by side, and how their themes changed. */
export const compareMessages = defineMessages({
  en: {
    heading: 'Compare two meetings',
    intro:
      'Which themes were added, dropped, continued or returned between two meetings, and what each agreed on them. “New” and “returned” are judged against every meeting on record.',
    first: 'First meeting',
    second: 'Second meeting',
    swap: 'Swap',
    print: 'Print this comparison',
    unknown: (ids: string) => `No meeting with the id ${ids} is in the dataset: showing the nearest choice instead.`,
    same: 'Both choices were the same meeting: it is compared with its neighbour instead.',
    tooFew: 'The dataset holds fewer than two meetings, so there is nothing to compare.',
    topicsCount: (n: number) => (n === 1 ? '1 topic' : `${n} topics`),
    openMeeting: 'Open the meeting page',
    summary: (later: string, earlier: string, added: number, returned: number, dropped: number, continued: number) =>
      `Compared with ${earlier}, ${later} took up ${added} new ${added === 1 ? 'theme' : 'themes'}, brought back ${returned}, continued ${continued} and did not take up ${dropped} of ${earlier}’s.`,
    kindHeading: (kind: ThemeChangeKind, n: number) =>
      `${{ added: 'New', returned: 'Returned', dropped: 'Not taken up again', continued: 'Continued' }[kind]} (${n})`,
    added: (theme: string, later: string) =>
      `${theme} first appears at ${later}: no earlier meeting on record took it up.`,
    returned: (theme: string, earlier: string, later: string, lastSeen: string) =>
      `${theme} is back at ${later}: it was not on the agenda at ${earlier}, and was last taken up at ${lastSeen}.`,
    dropped: (theme: string, earlier: string, later: string) =>
      `${theme} was on the agenda at ${earlier} but not at ${later}.`,
    continued: (theme: string, earlier: string, later: string) =>
      `${theme} was on the agenda at both ${earlier} and ${later}.`,
    noTopicHere: (meeting: string) => `No topic on this theme at ${meeting}.`,
  },
  ja: {
    heading: '2つの会合を比較',
    intro:
      '2つの会合の間で、どのテーマが新たに加わり、扱われなくなり、続き、あるいは再び取り上げられたか、また各会合がそれについて何に合意したかを示します。「新規」と「再登場」は記録上のすべての会合に照らして判定しています。',
    first: '1つ目の会合',
    second: '2つ目の会合',
    swap: '入れ替え',
    print: 'この比較を印刷',
    unknown: (ids: string) => `ID ${ids} の会合はデータセットにありません。代わりに最も近い会合を表示しています。`,
    same: '2つとも同じ会合が選ばれていたため、隣の会合と比較しています。',
    tooFew: 'データセットの会合が2つ未満のため、比較できません。',
    topicsCount: (n: number) => `トピック${n}件`,
    openMeeting: '会合のページを開く',
    summary: (later: string, earlier: string, added: number, returned: number, dropped: number, continued: number) =>
      `${earlier}と比べて、${later}では新しいテーマが${added}件、再び取り上げられたテーマが${returned}件、引き続き扱われたテーマが${continued}件あり、${earlier}のテーマのうち${dropped}件は扱われなかった。`,
    kindHeading: (kind: ThemeChangeKind, n: number) =>
      `${{ added: '新規', returned: '再登場', dropped: '扱われなくなったテーマ', continued: '継続' }[kind]}(${n}件)`,
    added: (theme: string, later: string) =>
      `「${theme}」は${later}で初めて取り上げられた(記録上、それ以前の会合では扱われていない)。`,
    returned: (theme: string, earlier: string, later: string, lastSeen: string) =>
      `「${theme}」は${later}で再び取り上げられた。${earlier}では扱われず、最後に扱われたのは${lastSeen}である。`,
    dropped: (theme: string, earlier: string, later: string) =>
      `「${theme}」は${earlier}では扱われたが、${later}では扱われていない。`,
    continued: (theme: string, earlier: string, later: string) =>
      `「${theme}」は${earlier}と${later}の両方で扱われた。`,
    noTopicHere: (meeting: string) => `${meeting}ではこのテーマのトピックはない。`,
  },
})
