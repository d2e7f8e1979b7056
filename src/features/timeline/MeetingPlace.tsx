import { localize } from '@/data/localize'
import type { Meeting } from '@/data/schema'
import { useLang } from '@/i18n/LangContext'
import { placeLabel } from '@/i18n/vocabularyLabels'

/** "Trieste, Italy" / 「イタリア・トリエステ」, or Virtual / オンライン for a video-only meeting. */
export function MeetingPlace({ meeting }: { meeting: Pick<Meeting, 'city' | 'country'> }) {
  const { lang } = useLang()
  if (!meeting.city || !meeting.country) return <span>{placeLabel(null, lang)}</span>
  const city = localize(meeting.city, lang)
  const country = localize(meeting.country, lang)
  const spanLang = city.lang === country.lang ? city.lang : undefined
  return <span lang={spanLang}>{placeLabel({ city: city.text, country: country.text }, lang)}</span>
}
