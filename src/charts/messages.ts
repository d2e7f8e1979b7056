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
    copyEmbed: 'Copy embed code',
    copyEmbedLabel: (title: string) => `Copy embed code: ${title}`,
    embedCopied: 'Embed code copied: paste it into your page’s HTML.',
    embedCopyFailed: 'Copying is not available here: select the code below and copy it.',
    embedCodeLabel: (title: string) => `Embed code: ${title}`,
    embedFullPage: 'Full dashboard',
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
    copyEmbed: '埋め込みコードをコピー',
    copyEmbedLabel: (title: string) => `${title}の埋め込みコードをコピー`,
    embedCopied: '埋め込みコードをコピーしました。掲載するページのソースに貼り付けてください。',
    embedCopyFailed: 'ここではコピーできません。下のコードを選択してコピーしてください。',
    embedCodeLabel: (title: string) => `${title}の埋め込みコード`,
    embedFullPage: 'ダッシュボード全体',
  },
})
