import { memo } from 'react'
import { sourceMessages } from '@/components/sourceMessages'
import { localText } from '@/data/localize'
import type { Topic } from '@/data/schema'
import { hasEveryTerm, normalizeForSearch, searchTerms } from '@/filters/search'
import { useLang, useMessages } from '@/i18n/LangContext'
import { HighlightedText } from './HighlightedText'

/**
 * On a card, what the ministers did on the topic: one agreement (the one the search matched, else the
 * first; its text starts with the source's verb) and how many more the detail holds; or, plainly, that no agreed text was found.
 */
export const CardAgreement = memo(function CardAgreement({ topic, query }: { topic: Topic; query: string }) {
  const { lang } = useLang()
  const t = useMessages(sourceMessages)
  const agreements = topic.agreement
  if (agreements === null) return <p className="text-muted m-0 text-sm">{t.noAgreement}</p>
  const terms = searchTerms(query)
  const shown =
    (terms.length > 0 && agreements.find((a) => hasEveryTerm(normalizeForSearch(localText(a.text, lang)), terms))) ||
    agreements[0]
  if (!shown) return null
  const more = agreements.length - 1
  return (
    <p className="m-0">
      <span className="font-semibold">{t.agreed}: </span>
      <HighlightedText value={shown.text} query={query} />
      {more > 0 && <span className="text-muted text-sm"> ({t.moreAgreements(more)})</span>}
    </p>
  )
})
