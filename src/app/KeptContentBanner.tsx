import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { ErrorNotice } from '@/components/ErrorNotice'
import { datasetQueryOptions } from '@/data/queries'
import { isHoldingPrerendered, subscribePrerendered } from './prerenderHold'

const notHolding = () => false

/** Above the prerendered cards when the dataset failed: the cause, and a Retry that loads it again. */
export function KeptContentBanner() {
  const client = useQueryClient()
  const isHolding = useSyncExternalStore(subscribePrerendered, isHoldingPrerendered, notHolding)
  // Listens to the dataset query, never starts it.
  const { error, isFetching } = useQuery({ ...datasetQueryOptions, enabled: false })
  if (!isHolding || !error) return null
  return (
    <ErrorNotice
      error={error}
      variant="banner"
      isRetrying={isFetching}
      onRetry={() => void client.fetchQuery(datasetQueryOptions).catch(() => undefined)}
    />
  )
}
