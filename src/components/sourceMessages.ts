import { defineMessages } from '@/i18n/defineMessages'

/** Sources, their authority and what was agreed: the words for SourceList, PressOnlyMark and AgreementList. */
export const sourceMessages = defineMessages({
  en: {
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    pressOnly: 'Press only',
    pressOnlyExplained:
      'Only press coverage supports what carries this mark: no official text or archived copy was found. Check it before citing it.',
    agreed: 'What was agreed',
    noAgreement: 'No agreed text found in the sources',
    section: 'Where:',
    moreAgreements: (n: number) => `and ${n} more in the detail`,
    /** An export's "Best source" cell when nothing better than the press supports the topic. */
    evidencePressOnly: (kind: string) => `${kind} (press only)`,
    /** One source in an export: its kind, its publisher, its address. */
    sourceLine: (kind: string, publisher: string, url: string) => `${kind}: ${publisher} ${url}`,
  },
  ja: {
    sources: '出典',
    opensInNewTab: '(新しいタブで開きます)',
    pressOnly: '報道のみ',
    pressOnlyExplained:
      'この印のある項目を裏づけるのは報道だけで、公式の文書やその写しは見つかっていません。引用する前に確認してください。',
    agreed: '合意された内容',
    noAgreement: '出典に合意文は見つかっていません',
    section: '該当箇所:',
    moreAgreements: (n: number) => `ほか${n}件は詳細に`,
    evidencePressOnly: (kind: string) => `${kind}(報道のみ)`,
    sourceLine: (kind: string, publisher: string, url: string) => `${kind}:${publisher} ${url}`,
  },
})
