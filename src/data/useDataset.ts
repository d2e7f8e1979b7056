import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { datasetQueryOptions } from './queries'
import { indexDataset, type DatasetIndex } from './selectors'

/** The validated, indexed dataset. Suspends while loading; throws to the nearest error boundary. */
export function useDataset(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQueryOptions, select: indexDataset }).data
}

/** For chrome that must render whether or not the data arrived (the footer): listens to the cache, never fetches. */
export function useDatasetIfLoaded(): DatasetIndex | undefined {
  return useQuery({ ...datasetQueryOptions, select: indexDataset, enabled: false }).data
}
