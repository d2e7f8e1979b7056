import { defineMessages } from '@/i18n/defineMessages'

export const chartMessages = defineMessages({
  en: {
    showTable: 'Show table',
    loadingChart: 'Loading the chart…',
    meeting: 'Meeting',
    total: 'Total',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    downloadLabel: (format: string, title: string) => `Download ${format}: ${title}`,
    downloaded: (file: string) => `Downloaded ${file}`,
    exportFailed: 'The chart could not be exported.',
    exportSource: (version: string, asOf: string) =>
      `Source: G20 Digital Ministers' Track dashboard, dataset version ${version}, data as of ${asOf}`,
    exportDateLicence: (date: string, licence: string) => `Downloaded ${date} · Licence: ${licence}`,
  },
  ja: {
    showTable: '表を表示',
    loadingChart: 'グラフを読み込み中…',
    meeting: '会合',
    total: '合計',
    downloadPng: 'PNGをダウンロード',
    downloadSvg: 'SVGをダウンロード',
    downloadLabel: (format: string, title: string) => `${title}を${format}でダウンロード`,
    downloaded: (file: string) => `${file}をダウンロードしました`,
    exportFailed: 'グラフを書き出せませんでした。',
    exportSource: (version: string, asOf: string) =>
      `出典：G20デジタル大臣会合ダッシュボード、データセット版 ${version}、${asOf}時点のデータ`,
    exportDateLicence: (date: string, licence: string) => `ダウンロード日 ${date}・ライセンス：${licence}`,
  },
})
