import { useMessages } from '@/i18n/LangContext'
import { addressOf } from '@/url/address'
import { useViewState } from '@/url/useViewState'
import { appMessages } from './messages'

/**
 * In embed mode, the one way out, named by the dashboard's title: this view at its full address (addressOf
 * leaves embed=1 out), in the top window, not the frame.
 */
export function EmbedLink() {
  const t = useMessages(appMessages)
  const [state] = useViewState()
  return (
    <a href={addressOf(state)} target="_top" className="text-accent mx-auto w-full max-w-7xl px-4 pt-3 underline">
      {t.title}
    </a>
  )
}
