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
    matrixTitle: 'Which themes appeared each year',
    matrixLegend: 'Legend',
    statusNew: 'New',
    statusContinued: 'Continued',
    statusAbsent: 'Absent',
    statusNewHelp: 'first year the theme appears',
    statusContinuedHelp: 'appeared in an earlier year too',
    statusAbsentHelp: 'no topic that year',
    theme: 'Theme',
    cell: (status: string, count: number) =>
      count === 0 ? status : `${status} (${count} ${plural('en', count, { one: 'topic', other: 'topics' })})`,
    matrixEmpty: 'No topics match the current filters, so no theme appears.',
    matrixTakeawayArrivals: (persistent: string, n: number, years: number, newestYear: number, newest: string[]) =>
      `${persistent} is the most persistent theme, appearing in ${n} of ${years} years; the newest, first seen in ${newestYear}, ${newest.length === 1 ? 'is' : 'are'} ${listEn.format(newest)}.`,
    matrixTakeawaySameStart: (persistent: string, n: number, years: number, firstYear: number) =>
      `${persistent} is the most persistent theme, appearing in ${n} of ${years} years; every theme shown first appears in ${firstYear}.`,
    chartTitle: 'Topics per meeting, by pillar',
    pillarEconomy: 'Digital economy',
    pillarGovernment: 'Digital government',
    chartEmpty: 'No topics match the current filters.',
    chartTakeaway: (meeting: string, n: number, economy: number, government: number) =>
      `${meeting} had the most topics: ${n} (${economy} digital economy, ${government} digital government).`,
    chartTakeawayTie: (meetings: string[], n: number) => `${listEn.format(meetings)} had the most topics: ${n} each.`,
  },
  ja: {
    heading: '年ごとのテーマの推移',
    filterNote: (shown: number, total: number) =>
      shown === total
        ? `2つの図は全${total}件のトピックを対象としています。「トピック」画面で設定した絞り込みが反映されます。`
        : `2つの図には現在の絞り込みが反映されています(全${total}件中${shown}件のトピック)。`,
    matrixTitle: '各年に登場したテーマ',
    matrixLegend: '凡例',
    statusNew: '初登場',
    statusContinued: '継続',
    statusAbsent: 'なし',
    statusNewHelp: 'そのテーマが初めて登場した年',
    statusContinuedHelp: 'それ以前の年にも登場',
    statusAbsentHelp: 'その年のトピックなし',
    theme: 'テーマ',
    cell: (status: string, count: number) => (count === 0 ? status : `${status}(${count}件)`),
    matrixEmpty: '現在の絞り込みに該当するトピックがないため、表示できるテーマはありません。',
    matrixTakeawayArrivals: (persistent: string, n: number, years: number, newestYear: number, newest: string[]) =>
      `最も継続的に取り上げられたテーマは「${persistent}」で${years}年のうち${n}年に登場し、最も新しく登場したのは${newestYear}年の${quoteJa(newest)}です。`,
    matrixTakeawaySameStart: (persistent: string, n: number, years: number, firstYear: number) =>
      `最も継続的に取り上げられたテーマは「${persistent}」で${years}年のうち${n}年に登場し、表示中のテーマはすべて${firstYear}年に初めて登場しています。`,
    chartTitle: '会合ごとのトピック数(柱別)',
    pillarEconomy: 'デジタル経済',
    pillarGovernment: 'デジタルガバメント',
    chartEmpty: '現在の絞り込みに該当するトピックはありません。',
    chartTakeaway: (meeting: string, n: number, economy: number, government: number) =>
      `トピックが最も多かったのは「${meeting}」の${n}件(デジタル経済${economy}件、デジタルガバメント${government}件)です。`,
    chartTakeawayTie: (meetings: string[], n: number) =>
      `トピックが最も多かったのは${listJa.format(meetings.map((m) => `「${m}」`))}で、それぞれ${n}件です。`,
  },
})
