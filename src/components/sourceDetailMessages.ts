import { defineMessages } from '@/i18n/defineMessages'

/** The detail views' and exports' words about sources (loaded with them, not with the cards). */
export const sourceDetailMessages = defineMessages({
  en: {
    pressOnlyExplained:
      'Only press coverage supports what carries this mark: no official text or archived copy was found. Check it before citing it.',
    section: 'Where:',
    /** An export's "Best source" cell when nothing better than the press supports the topic. */
    evidencePressOnly: (kind: string) => `${kind} (press only)`,
    /** One source in an export: its kind, its publisher, its address. */
    sourceLine: (kind: string, publisher: string, url: string) => `${kind}: ${publisher} ${url}`,
  },
  ja: {
    pressOnlyExplained:
      'この印のある項目を裏づけるのは報道だけで、公式の文書やその写しは見つかっていません。引用する前に確認してください。',
    section: '該当箇所:',
    evidencePressOnly: (kind: string) => `${kind}(報道のみ)`,
    sourceLine: (kind: string, publisher: string, url: string) => `${kind}:${publisher} ${url}`,
  },
})
