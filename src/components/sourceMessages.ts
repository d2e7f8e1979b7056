import { defineMessages } from '@/i18n/defineMessages'

/** Sources, their authority and what was agreed, as the first view (the cards) shows them. */
export const sourceMessages = defineMessages({
  en: {
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    pressOnly: 'Press only',
    agreed: 'What was agreed',
    noAgreement: 'No agreed text found in the sources',
    moreAgreements: (n: number) => `and ${n} more in the detail`,
  },
  ja: {
    sources: '出典',
    opensInNewTab: '(新しいタブで開きます)',
    pressOnly: '報道のみ',
    agreed: '合意された内容',
    noAgreement: '出典に合意文は見つかっていません',
    moreAgreements: (n: number) => `ほか${n}件は詳細に`,
  },
})
