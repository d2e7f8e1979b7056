import { defineMessages } from '@/i18n/defineMessages'

/** The timeline view and its "Since 2021" band (lazy-loaded with the view, so kept out of the first bundle). */
export const timelineViewMessages = defineMessages({
  en: {
    heading: (span: string) => `Timeline, ${span}`,
    intro: (n: number) =>
      `The ${n} G20 digital ministers’ meetings of 2017–2021 in date order, with the context that framed them.`,
    sinceHeading: 'Since 2021: the Digital Economy Working Group',
    sinceIntro: (n: number) =>
      `At Trieste in 2021 the task force became the standing Digital Economy Working Group, and its ministers have met ${n} more times since. These meetings are outside the 2017–2021 core; choose 2016–2025 to see their topics in every view.`,
    sinceListLabel: 'Meetings since 2021',
    compareTwo: 'Compare two meetings: what changed, and what each agreed',
    filtersNotApplied: 'The timeline shows every meeting: the filters you set apply to the topic cards, not here.',
  },
  ja: {
    heading: (span: string) => `年表(${span})`,
    intro: (n: number) => `2017〜2021年のG20デジタル大臣会合${n}回を日付順に、その背景となった出来事とともに示します。`,
    sinceHeading: '2021年以降:デジタル経済作業部会',
    sinceIntro: (n: number) =>
      `2021年のトリエステ会合でタスクフォースは常設のデジタル経済作業部会となり、その後も大臣会合が${n}回開かれています。これらは2017〜2021年の中心期間の外にあります。各画面でトピックを見るには「2016〜2025年」を選んでください。`,
    sinceListLabel: '2021年以降の会合',
    compareTwo: '2つの会合を比較:何が変わり、それぞれ何に合意したか',
    filtersNotApplied:
      '年表はすべての会合を示します。設定した絞り込みはトピックのカードに適用され、ここには適用されません。',
  },
})
