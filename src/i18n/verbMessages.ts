import type { AGREEMENT_VERBS } from '@/data/vocabulary'
import { defineMessages } from './defineMessages'
import type { Lang } from './lang'

type AgreementVerb = (typeof AGREEMENT_VERBS)[number]

/**
 * What the ministers did, as the source's verb says it (AGREEMENT_VERBS): the label before an
 * agreement in the detail views, slides and exports. Apart from vocabularyMessages so that the
 * first view, whose cards start each agreement with its verb in the text, does not carry them.
 */
export const verbMessages = defineMessages({
  en: {
    verb: (verb: AgreementVerb) =>
      ({
        adopted: 'Adopted',
        endorsed: 'Endorsed',
        agreed: 'Agreed',
        committed: 'Committed to',
        reaffirmed: 'Reaffirmed',
        welcomed: 'Welcomed',
        supported: 'Supported',
        recognised: 'Recognised',
        encouraged: 'Encouraged',
        'called-for': 'Called for',
        requested: 'Requested',
        noted: 'Noted',
        shared: 'Shared',
        defined: 'Defined',
        received: 'Received',
        annexed: 'Annexed',
      })[verb],
  },
  ja: {
    verb: (verb: AgreementVerb) =>
      ({
        adopted: '採択',
        endorsed: '承認',
        agreed: '合意',
        committed: 'コミット',
        reaffirmed: '再確認',
        welcomed: '歓迎',
        supported: '支持',
        recognised: '認識',
        encouraged: '奨励',
        'called-for': '要請',
        requested: '依頼',
        noted: '留意',
        shared: '共有',
        defined: '定義',
        received: '受領',
        annexed: '附属文書',
      })[verb],
  },
})

/** "Endorsed" / 「承認」. */
export function verbLabel(verb: AgreementVerb, lang: Lang): string {
  return verbMessages[lang].verb(verb)
}
