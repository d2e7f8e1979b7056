import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

const listEn = new Intl.ListFormat('en', { type: 'conjunction' })
const listJa = new Intl.ListFormat('ja', { type: 'conjunction' })
const quoteJa = (names: string[]) => names.map((n) => `「${n}」`).join('')

export const insightsMessages = defineMessages({
  en: {
    heading: 'Themes across years',
    filterNote: (shown: number, total: number) =>
      shown === total
        ? `Both figures cover all ${total} topics; they follow the filters you set in the Topics view.`
        : `Both figures follow the active filters: ${shown} of ${total} topics.`,
    historyNote:
      'The filters choose which themes and years are shown; New, Continued and Returned always count every meeting on record.',
    matrixTitle: 'Which themes appeared each year',
    matrixLegend: 'Legend',
    statusNew: 'New',
    statusContinued: 'Continued',
    statusReturned: 'Returned',
    statusAbsent: 'Absent',
    statusNewHelp: 'first year on record with the theme',
    statusContinuedHelp: 'on the agenda the year before too',
    statusReturnedHelp: 'back after a year or more away',
    statusAbsentHelp: 'no topic on it that year',
    theme: 'Theme',
    cell: (status: string, count: number, shown: number) =>
      count === 0
        ? status
        : shown === count
          ? `${status} (${count} ${plural('en', count, { one: 'topic', other: 'topics' })})`
          : `${status} (${shown} of ${count} topics shown)`,
    matrixEmpty: 'No topics match the current filters, so no theme appears.',
    persistent: (themes: string[], n: number, years: number, span: string, isWhole: boolean) =>
      themes.length === 1
        ? `${isWhole ? '' : 'Of the themes shown, '}${themes.join('')} is the most persistent${isWhole ? ' theme' : ''}, on the agenda in ${n} of the ${years} years on record (${span})`
        : `${isWhole ? '' : 'Of the themes shown, '}${listEn.format(themes)} are the most persistent${isWhole ? ' themes' : ''}, each on the agenda in ${n} of the ${years} years on record (${span})`,
    newest: (year: number, themes: string[]) =>
      `the newest, first seen in ${year}, ${themes.length === 1 ? 'is' : 'are'} ${listEn.format(themes)}`,
    sameStart: (year: number, one: boolean) =>
      one ? `it was first seen in ${year}` : `every theme shown was first seen in ${year}`,
    joinTakeaway: (first: string, second: string) => `${first}; ${second}.`,
    chartTitle: 'Topics per meeting, by pillar',
    chartEmpty: 'No topics match the current filters.',
    chartTakeaway: (meeting: string, n: number, economy: string, government: string, isWhole: boolean) =>
      isWhole
        ? `${meeting} had the most topics: ${n} (${economy}, ${government}).`
        : `Of the topics shown, ${meeting} has the most: ${n} (${economy}, ${government}).`,
    chartTakeawayTie: (meetings: string[], n: number, isWhole: boolean) =>
      isWhole
        ? `${listEn.format(meetings)} had the most topics: ${n} each.`
        : `Of the topics shown, ${listEn.format(meetings)} have the most: ${n} each.`,
    pillarCount: (n: number, pillar: string) => `${n} ${pillar}`,
  },
  ja: {
    heading: '年ごとのテーマの推移',
    filterNote: (shown: number, total: number) =>
      shown === total
        ? `2つの図は全${total}件のトピックを対象としています。「トピック」画面で設定した絞り込みが反映されます。`
        : `2つの図には現在の絞り込みが反映されています(全${total}件中${shown}件のトピック)。`,
    historyNote:
      '絞り込みで表示するテーマと年を選べます。「初登場」「継続」「再登場」は常に記録上のすべての会合をもとに判定しています。',
    matrixTitle: '各年に登場したテーマ',
    matrixLegend: '凡例',
    statusNew: '初登場',
    statusContinued: '継続',
    statusReturned: '再登場',
    statusAbsent: 'なし',
    statusNewHelp: '記録上そのテーマが初めて登場した年',
    statusContinuedHelp: '前年にも登場',
    statusReturnedHelp: '1年以上途切れた後に再び登場',
    statusAbsentHelp: 'その年のトピックなし',
    theme: 'テーマ',
    cell: (status: string, count: number, shown: number) =>
      count === 0 ? status : shown === count ? `${status}(${count}件)` : `${status}(${count}件中${shown}件を表示)`,
    matrixEmpty: '現在の絞り込みに該当するトピックがないため、表示できるテーマはありません。',
    persistent: (themes: string[], n: number, years: number, span: string, isWhole: boolean) =>
      `${isWhole ? '' : '表示中のテーマのうち、'}最も継続的に取り上げられたテーマは${quoteJa(themes)}で、記録のある${years}年(${span})のうち${n}年に登場しています`,
    newest: (year: number, themes: string[]) => `最も新しく登場したのは${year}年の${quoteJa(themes)}です`,
    sameStart: (year: number, one: boolean) =>
      one ? `${year}年に初めて登場しました` : `表示中のテーマはすべて${year}年に初めて登場しています`,
    joinTakeaway: (first: string, second: string) => `${first}。${second}。`,
    chartTitle: '会合ごとのトピック数(分野別)',
    chartEmpty: '現在の絞り込みに該当するトピックはありません。',
    chartTakeaway: (meeting: string, n: number, economy: string, government: string, isWhole: boolean) =>
      `${isWhole ? '' : '表示中のトピックのうち、'}トピックが最も多かったのは「${meeting}」の${n}件(${economy}、${government})です。`,
    chartTakeawayTie: (meetings: string[], n: number, isWhole: boolean) =>
      `${isWhole ? '' : '表示中のトピックのうち、'}トピックが最も多かったのは${listJa.format(meetings.map((m) => `「${m}」`))}で、それぞれ${n}件です。`,
    pillarCount: (n: number, pillar: string) => `${pillar}${n}件`,
  },
})
