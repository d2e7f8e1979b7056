import { defineMessages } from '@/i18n/defineMessages'
import type { DatasetErrorKind } from '@/data/DatasetError'

export const componentMessages = defineMessages({
  en: {
    loading: 'Loading the dataset…',
    errorTitle: 'The dataset could not be loaded',
    errorCause: (kind: DatasetErrorKind | 'unknown') =>
      ({
        http: 'The server answered with an error.',
        network: 'The dataset did not arrive: the connection failed or took too long.',
        json: 'The file that arrived is not valid JSON.',
        schema: 'The file that arrived does not have the expected structure.',
        empty: 'The dataset is empty: it holds no meetings or topics.',
        unknown: 'Something unexpected went wrong while showing the data.',
      })[kind],
    errorDetail: 'Technical detail',
    retry: 'Retry',
    retrying: 'Retrying…',
    unofficialTranslation: 'unofficial translation',
    englishOnly: 'English only',
  },
  ja: {
    loading: 'データセットを読み込み中…',
    errorTitle: 'データセットを読み込めませんでした',
    errorCause: (kind: DatasetErrorKind | 'unknown') =>
      ({
        http: 'サーバーがエラーを返しました。',
        network: 'データセットが届きませんでした(接続の失敗またはタイムアウト)。',
        json: '届いたファイルは正しいJSONではありません。',
        schema: '届いたファイルの構造が想定と異なります。',
        empty: 'データセットが空です(会合もトピックもありません)。',
        unknown: 'データの表示中に予期しない問題が起きました。',
      })[kind],
    errorDetail: '技術的な詳細',
    retry: '再試行',
    retrying: '再試行中…',
    unofficialTranslation: '非公式訳',
    englishOnly: '英語のみ',
  },
})
