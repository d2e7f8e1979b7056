import { useSyncExternalStore } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { appMessages } from './messages'
import { applyUpdate, isUpdateWaiting, subscribeUpdate } from './pendingUpdate'

const never = () => false

/** In the footer when a new version of the app or its data is waiting: the reader chooses when to reload. */
export function UpdateNotice() {
  const t = useMessages(appMessages)
  const waiting = useSyncExternalStore(subscribeUpdate, isUpdateWaiting, never)
  if (!waiting) return null
  return (
    <p role="status" className="text-text">
      {t.updateAvailable}{' '}
      <button type="button" className="underline" onClick={applyUpdate}>
        {t.updateReload}
      </button>
    </p>
  )
}
