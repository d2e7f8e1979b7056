import type { DatasetErrorKind } from '@/data/DatasetError'
import type { Catalog } from '@/i18n/defineMessages'

const en = {
  errorTitle: 'The dataset could not be loaded',
  errorCause: (kind: DatasetErrorKind | 'unknown') =>
    ({
      http: 'The server answered with an error.',
      network: 'The dataset could not be requested: the connection failed.',
      timeout: 'The connection stalled: nothing more of the dataset arrived for a long while.',
      truncated: 'The connection was lost part-way: only part of the dataset arrived.',
      html: 'A web page arrived where the dataset was expected: the file may be missing at this address.',
      tooLarge: 'The file that arrived is far larger than the dataset can be.',
      json: 'The file that arrived is not valid JSON.',
      schema: 'The file that arrived does not have the expected structure.',
      empty: 'The dataset is empty: it holds no meetings or topics.',
      unknown: 'Something unexpected went wrong while showing the data.',
    })[kind],
  errorDetail: 'Technical detail',
  unknownTitle: 'This part of the page could not be shown',
  chunkCause:
    'Part of the app could not be loaded; a newer version may have been published, or the connection dropped. Reload gets the latest version; Retry tries this part again.',
  keptTitle: 'The dataset could not be loaded',
  keptNote: 'The cards below are from when this page was published; filters, search and the other views need the data.',
}

/**
 * The error panel's strings, loaded with it, not in the first bundle. A plain object typed as a
 * Catalog (what defineMessages returns) so the panel's chunk imports no i18n code of its own.
 */
export const errorMessages: Catalog<typeof en> = {
  en,
  ja: {
    errorTitle: 'データセットを読み込めませんでした',
    errorCause: (kind: DatasetErrorKind | 'unknown') =>
      ({
        http: 'サーバーがエラーを返しました。',
        network: 'データセットを要求できませんでした(接続に失敗しました)。',
        timeout: '接続が止まりました。データセットの続きが長い間届きませんでした。',
        truncated: '途中で接続が切れ、データセットの一部しか届きませんでした。',
        html: 'データセットの代わりにウェブページが届きました。このアドレスにファイルがない可能性があります。',
        tooLarge: '届いたファイルはデータセットとしては大きすぎます。',
        json: '届いたファイルは正しいJSONではありません。',
        schema: '届いたファイルの構造が想定と異なります。',
        empty: 'データセットが空です(会合もトピックもありません)。',
        unknown: 'データの表示中に予期しない問題が起きました。',
      })[kind],
    errorDetail: '技術的な詳細',
    unknownTitle: 'ページのこの部分を表示できませんでした',
    chunkCause:
      'アプリの一部を読み込めませんでした。新しい版が公開されたか、接続が切れた可能性があります。「再読み込み」で最新版を開き、「再試行」でこの部分をもう一度読み込みます。',
    keptTitle: 'データセットを読み込めませんでした',
    keptNote: '下のカードはこのページの公開時点のものです。絞り込み・検索・他の表示にはデータが必要です。',
  },
}
