import { defineMessages } from '@/i18n/defineMessages'

export const chartMessages = defineMessages({
  en: {
    showTable: 'Show table',
    loadingChart: 'Loading the chart…',
    meeting: 'Meeting',
    total: 'Total',
  },
  ja: {
    showTable: '表を表示',
    loadingChart: 'グラフを読み込み中…',
    meeting: '会合',
    total: '合計',
  },
})
