import { useMessages } from '@/i18n/LangContext'
import { componentMessages } from './messages'

export function LoadingState() {
  const t = useMessages(componentMessages)
  return (
    <div role="status" className="mx-auto my-12 flex max-w-2xl items-center gap-3 text-lg text-muted">
      <span aria-hidden="true" className="size-5 animate-spin rounded-full border-4 border-border border-t-accent" />
      {t.loading}
    </div>
  )
}
