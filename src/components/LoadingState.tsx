import { useMessages } from '@/i18n/LangContext'
import { componentMessages } from './messages'

export function LoadingState() {
  const t = useMessages(componentMessages)
  return (
    <div role="status" className="text-muted mx-auto my-12 flex max-w-2xl items-center gap-3 text-lg">
      <span aria-hidden="true" className="border-border border-t-accent size-5 animate-spin rounded-full border-4" />
      {t.loading}
    </div>
  )
}
