import { defineMessages } from '@/i18n/defineMessages'

const listEn = new Intl.ListFormat('en', { type: 'conjunction' })

/** The theme page: one theme followed across every meeting of the scope. */
export const themePageMessages = defineMessages({
  en: {
    back: 'Back to themes across years',
    summary: (theme: string, present: string[], years: number, span: string) =>
      present.length === 0
        ? `No meeting of ${span} took up ${theme}.`
        : `${theme} was on the agenda in ${present.length} of the ${years} years with a meeting in ${span}: ${listEn.format(present)}.`,
    notOnAgenda: (year: string) => `Not on the agenda in ${year}: no topic of that year’s meeting took up this theme.`,
    topicsAt: (n: number) => (n === 1 ? '1 topic' : `${n} topics`),
    openTopic: 'Open the topic',
    notFoundTitle: 'Theme not found',
    notFoundBody: (id: string) => `There is no theme with the id “${id}” in the dataset.`,
  },
  ja: {
    back: '年ごとのテーマの推移に戻る',
    summary: (theme: string, present: string[], years: number, span: string) =>
      present.length === 0
        ? `${span}の会合で「${theme}」を扱ったものはない。`
        : `「${theme}」は、${span}のうち会合のあった${years}年中${present.length}年(${present.join('、')})で議題となった。`,
    notOnAgenda: (year: string) => `${year}は議題にならなかった(その年の会合のトピックにこのテーマはない)。`,
    topicsAt: (n: number) => `トピック${n}件`,
    openTopic: 'トピックを開く',
    notFoundTitle: 'テーマが見つかりません',
    notFoundBody: (id: string) => `データセットにID「${id}」のテーマはありません。`,
  },
})
