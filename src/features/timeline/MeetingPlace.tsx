import { localize } from '@/data/localize'
import type { Meeting } from '@/data/schema'
import { useLang, useMessages } from '@/i18n/LangContext'
import { timelineMessages } from './messages'

/** "Trieste, Italy" / 「イタリア・トリエステ」, or Virtual / オンライン for a video-only meeting. */
export function MeetingPlace({ meeting }: { meeting: Pick<Meeting, 'city' | 'country'> }) {
  const { lang } = useLang()
  const t = useMessages(timelineMessages)
  if (!meeting.city || !meeting.country) return <span>{t.virtual}</span>
  const city = localize(meeting.city, lang)
  const country = localize(meeting.country, lang)
  const spanLang = city.lang === country.lang ? city.lang : undefined
  return <span lang={spanLang}>{t.place(city.text, country.text)}</span>
}
