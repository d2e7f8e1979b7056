import { useMessages } from '@/i18n/LangContext'
import { addressOf } from '@/url/address'
import { useViewState } from '@/url/useViewState'
import { appMessages } from './messages'

/**
 * In embed mode, the one way out, named by the dashboard's title: this view at its full address (addressOf
 * leaves embed=1 out), in the top window, not the frame. The page's level-one heading, as the title is on the
 * full page, and inside main, so a frame's content is all in landmarks.
 */
export function EmbedLink() {
  const t = useMessages(appMessages)
  const [state] = useViewState()
  return (
    <h1 className="mb-4 text-base font-normal">
      <a href={addressOf(state)} target="_top" className="text-accent underline">
        {t.title}
      </a>
    </h1>
  )
}
