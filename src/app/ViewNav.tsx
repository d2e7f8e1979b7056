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
      <ul className="mx-auto flex max-w-7xl list-none gap-1 overflow-x-auto px-4 py-0">
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
                className="text-fg hover:border-border aria-[current=page]:border-accent aria-[current=page]:text-accent inline-block border-b-4 border-transparent px-3 py-3 font-medium whitespace-nowrap no-underline"
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
