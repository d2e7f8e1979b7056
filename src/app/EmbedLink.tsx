import { useMessages } from '@/i18n/LangContext'
import { addressOf } from '@/url/address'
import { useViewState } from '@/url/useViewState'
import { embedMessages } from './embedMessages'

/** In embed mode, the one way out: this view at its full address (addressOf leaves embed=1 out), in the top window, not the frame. */
export function EmbedLink() {
  const t = useMessages(embedMessages)
  const [state] = useViewState()
  return (
    <p className="mx-auto w-full max-w-7xl px-4 pt-3 text-sm print:hidden">
      <a href={addressOf(state)} target="_top" className="text-accent font-semibold underline">
        {t.fullPage}
      </a>
    </p>
  )
}
