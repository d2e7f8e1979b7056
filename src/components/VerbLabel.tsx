import type { AgreementVerb } from '@/data/schema'
import { useLang } from '@/i18n/LangContext'
import { verbLabel } from '@/i18n/verbMessages'

/** "Adopted", "Noted"…: the source's verb for what the ministers did, as a label before the agreement. */
export function VerbLabel({ verb }: { verb: AgreementVerb }) {
  const { lang } = useLang()
  return (
    // The text itself says what was done ("Adopted …"): the label is for the eye scanning a list.
    <span aria-hidden="true" className="bg-surface border-border rounded border px-1.5 py-0.5 text-xs font-bold">
      {verbLabel(verb, lang)}
    </span>
  )
}
