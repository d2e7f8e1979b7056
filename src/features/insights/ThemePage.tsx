import { useLayoutEffect, useRef } from 'react'
import { AgreementList } from '@/components/AgreementList'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { SourceList } from '@/components/SourceList'
import { StateLink } from '@/components/StateLink'
import { localText } from '@/data/localize'
import { scopeSpan } from '@/data/selectors'
import { useLang, useMessages } from '@/i18n/LangContext'
import { yearLabel, yearSpanLabel } from '@/i18n/vocabularyLabels'
import { useScopedDataset } from '@/url/useScopedDataset'
import { useViewField } from '@/url/useViewState'
import { themePageMessages } from './themePageMessages'
import { themeYears } from './themeYears'

/**
 * One theme followed across every meeting of the scope (`/themes/dfft/`): for each year the topics on
 * it, what was agreed with its sources, and plainly "not on the agenda" for the years without it.
 */
export function ThemePage({ themeId }: { themeId: string }) {
  const index = useScopedDataset()
  const scope = useViewField('scope')
  const { lang } = useLang()
  const t = useMessages(themePageMessages)
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [themeId])
  const theme = index.themeById.get(themeId)
  const back = (
    <p className="m-0 print:hidden">
      <StateLink
        patch={{ theme: null, view: 'themes' }}
        className="text-accent font-semibold underline underline-offset-2"
      >
        <span aria-hidden="true">← </span>
        {t.back}
      </StateLink>
    </p>
  )
  if (!theme) {
    return (
      <section aria-labelledby="theme-heading" className="flex flex-col gap-3">
        {back}
        <h2 id="theme-heading" ref={heading} tabIndex={-1} className="m-0 text-2xl font-bold outline-none">
          {t.notFoundTitle}
        </h2>
        <p className="m-0">{t.notFoundBody(themeId)}</p>
      </section>
    )
  }
  const years = themeYears(index, theme.id)
  const present = years.filter((y) => y.meetings.length > 0).map((y) => yearLabel(y.year, lang))
  const [first, last] = scopeSpan(scope)
  return (
    <article aria-labelledby="theme-heading" className="mx-auto flex max-w-4xl flex-col gap-6">
      {back}
      <header className="flex flex-col gap-2">
        <h2 id="theme-heading" ref={heading} tabIndex={-1} className="m-0 text-2xl font-bold outline-none md:text-3xl">
          <LocalizedTextView value={theme.name} />
        </h2>
        <LocalizedTextView as="p" value={theme.description} className="m-0 text-lg" />
        <p className="m-0 font-semibold">
          {t.summary(localText(theme.name, lang), present, years.length, yearSpanLabel(first, last, lang))}
        </p>
      </header>
      <ol className="m-0 flex list-none flex-col gap-6 p-0">
        {years.map(({ year, meetings }) => (
          <li key={year}>
            <section aria-labelledby={`theme-year-${year}`} className="border-border border-l-4 pl-4">
              <h3 id={`theme-year-${year}`} className="m-0 text-xl font-bold">
                {yearLabel(year, lang)}
              </h3>
              {meetings.length === 0 ? (
                <p className="text-muted mt-1 mb-0">{t.notOnAgenda(yearLabel(year, lang))}</p>
              ) : (
                meetings.map(({ meeting, topics }) => (
                  <div key={meeting.id} className="mt-2 flex flex-col gap-3">
                    <p className="m-0">
                      <StateLink
                        patch={{ meeting: meeting.id, theme: null }}
                        className="text-accent font-semibold underline underline-offset-2"
                      >
                        <LocalizedTextView value={meeting.shortName} />
                      </StateLink>{' '}
                      <span className="text-muted">· {t.topicsAt(topics.length)}</span>
                    </p>
                    <ul className="m-0 flex list-none flex-col gap-4 p-0">
                      {topics.map((topic) => (
                        <li key={topic.id} className="flex flex-col gap-1">
                          <LocalizedTextView as="h4" value={topic.title} className="m-0 text-base font-bold" />
                          <AgreementList agreements={topic.agreement} note={topic.agreementNote} explainPressOnly />
                          {topic.agreement === null && <SourceList sources={topic.sources} />}
                          <p className="m-0 text-sm">
                            <StateLink
                              patch={{ topic: topic.id, view: 'topics', theme: null }}
                              className="text-accent underline underline-offset-2"
                            >
                              {t.openTopic}
                            </StateLink>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </section>
          </li>
        ))}
      </ol>
    </article>
  )
}
