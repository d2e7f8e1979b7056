import { defineMessages } from '@/i18n/defineMessages'

export const chartMessages = defineMessages({
  en: {
    showTable: 'Show table',
    loadingChart: 'Loading the chart…',
    meeting: 'Meeting',
    economy: 'Digital economy',
    government: 'Digital government',
    total: 'Total',
  },
  ja: {
    showTable: '表を表示',
    loadingChart: 'グラフを読み込み中…',
    meeting: '会合',
    economy: 'デジタル経済',
    government: 'デジタルガバメント',
    total: '合計',
  },
})
