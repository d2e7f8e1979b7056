import { useMessages } from '@/i18n/LangContext'
import { contentMessages } from './messages'
import type { SyncNotice } from './useSlideSync'

export type PresentNotice = SyncNotice | 'presenterBlocked'

/** A polite live line saying why the two presenting windows are not in step (empty when they are). */
export function SyncStatus({ notice, className = '' }: { notice: PresentNotice | null; className?: string }) {
  const t = useMessages(contentMessages)
  const text =
    notice === null
      ? ''
      : {
          otherDeck: t.syncOtherDeck,
          otherData: t.syncOtherData,
          unavailable: t.syncUnavailable,
          presenterBlocked: t.presenterBlocked,
        }[notice]
  return (
    <p role="status" aria-live="polite" className={`${text === '' ? 'sr-only' : ''} ${className}`}>
      {text}
    </p>
  )
}
