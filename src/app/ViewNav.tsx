import { addressOf } from '@/url/address'
import { VIEWS, type View } from '@/url/urlState'
import { useViewState } from '@/url/useViewState'
import { useMessages } from '@/i18n/LangContext'
import { appMessages } from './messages'

/** Tabs between the views; switching keeps every filter (they live in the URL). */
export function ViewNav() {
  const t = useMessages(appMessages)
  const [state, setState] = useViewState()
  const label: Record<View, string> = {
    overview: t.viewOverview,
    topics: t.viewTopics,
    timeline: t.viewTimeline,
    themes: t.viewThemes,
    compare: t.viewCompare,
  }
  return (
    <nav aria-label={t.viewsLabel} className="border-border bg-bg border-b">
      <ul // On a phone the tabs wrap to a second row rather than hide the last ones off screen.
        className="mx-auto flex max-w-7xl list-none flex-wrap gap-x-1 px-2 py-0 sm:px-4"
      >
        {VIEWS.map((view) => {
          // A theme page belongs to the Themes tab.
          const isCurrent = state.meeting === null && (state.theme === null ? state.view === view : view === 'themes')
          return (
            <li key={view}>
              <a
                href={addressOf({ ...state, view, meeting: null, topic: null, theme: null })}
                aria-current={isCurrent ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  void setState({ view, meeting: null, topic: null, theme: null })
                }}
                className="text-fg hover:border-border aria-[current=page]:border-accent aria-[current=page]:text-accent inline-block border-b-4 border-transparent px-2 py-3 font-medium whitespace-nowrap no-underline sm:px-3"
              >
                {label[view]}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
