import { defineMessages } from '@/i18n/defineMessages'

/** The printed handout of one meeting (loaded with the meeting page). */
export const meetingHandoutMessages = defineMessages({
  en: {
    label: 'Printed meeting handout',
    title: (meeting: string) => `Meeting handout: ${meeting}`,
    topicsTitle: (n: number) => `Its topics (${n}) and what was agreed on each`,
    topic: 'Topic',
    actionsNamedBy: (who: string) =>
      `Named by ${who}; no commitment sentence for these actions was found in the sources:`,
  },
  ja: {
    label: '会合の配布資料(印刷用)',
    title: (meeting: string) => `会合配布資料:${meeting}`,
    topicsTitle: (n: number) => `トピック(${n}件)と各トピックの合意内容`,
    topic: 'トピック',
    actionsNamedBy: (who: string) => `名称の出所:${who}。これらの行動のコミットメントの文は出典に見つかっていません:`,
  },
})
