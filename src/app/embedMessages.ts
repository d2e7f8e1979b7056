import { defineMessages } from '@/i18n/defineMessages'

/** Embed mode (?embed=1) only; loaded with EmbedLink, not in the first bundle. */
export const embedMessages = defineMessages({
  en: {
    fullPage: 'Open the full dashboard',
  },
  ja: {
    fullPage: 'ダッシュボード全体を開く',
  },
})
