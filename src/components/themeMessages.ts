import { defineMessages } from '@/i18n/defineMessages'

export const themeMessages = defineMessages({
  en: {
    group: 'Theme',
    system: 'Auto',
    systemTitle: 'Follow the system setting',
    light: 'Light',
    dark: 'Dark',
    contrast: 'Projector',
    contrastTitle: 'High contrast, for projectors',
  },
  ja: {
    group: '表示テーマ',
    system: '自動',
    systemTitle: 'システムの設定に合わせる',
    light: 'ライト',
    dark: 'ダーク',
    contrast: 'プロジェクター',
    contrastTitle: 'プロジェクター向けの高コントラスト',
  },
})
