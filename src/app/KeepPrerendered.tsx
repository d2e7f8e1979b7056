import { useQueryClient } from '@tanstack/react-query'
import { use, useSyncExternalStore, type ReactNode } from 'react'
import { datasetQueryOptions } from '@/data/queries'
import { holdPrerendered, releasePrerendered } from './prerenderHold'

const never = () => () => undefined
const onClient = () => false
const whileHydrating = () => true

/**
 * Around the views: when the dataset fails while the prerendered overview is still being
 * hydrated, keep suspending (the prerendered cards stay) rather than throw to the error panel.
 */
export function KeepPrerendered({ children }: { children: ReactNode }) {
  const client = useQueryClient()
  // True only while React hydrates server HTML (it reads the server snapshot then).
  const isHydrating = useSyncExternalStore(never, onClient, whileHydrating)
  if (client.getQueryState(datasetQueryOptions.queryKey)?.status === 'error') {
    if (isHydrating) use(holdPrerendered(client))
    else releasePrerendered()
  }
  return children
}
