import { defineMessages } from '@/i18n/defineMessages'

/** The generic parts' strings in the first bundle; the error panel's own are in errorMessages.ts (loaded with it). */
export const componentMessages = defineMessages({
  en: {
    loading: 'Loading the dataset…',
    chunkTitle: 'Part of the app could not be loaded',
    reload: 'Reload',
    leave: 'Leave',
    retry: 'Retry',
    retrying: 'Retrying…',
    unofficialTranslation: 'unofficial translation',
    englishOnly: 'English only',
  },
  ja: {
    loading: 'データセットを読み込み中…',
    chunkTitle: 'アプリの一部を読み込めませんでした',
    reload: '再読み込み',
    leave: '終了',
    retry: '再試行',
    retrying: '再試行中…',
    unofficialTranslation: '非公式訳',
    englishOnly: '英語のみ',
  },
})
