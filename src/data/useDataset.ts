import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { datasetQueryOptions } from './queries'
import type { Dataset } from './schema'
import { indexDataset, type DatasetIndex } from './selectors'

// React Query runs `select` once per observer, so each useDataset() caller would build its own index
// (and its own scoped indexes and search index after it). One index per dataset, shared by all.
const indexes = new WeakMap<Dataset, DatasetIndex>()

function selectIndex(data: Dataset): DatasetIndex {
  let index = indexes.get(data)
  if (!index) {
    index = indexDataset(data)
    indexes.set(data, index)
  }
  return index
}

/** The validated, indexed dataset. Suspends while loading; throws to the nearest error boundary. */
export function useDataset(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQueryOptions, select: selectIndex }).data
}

/** For chrome that must render whether or not the data arrived (the footer): listens to the cache, never fetches. */
export function useDatasetIfLoaded(): DatasetIndex | undefined {
  return useQuery({ ...datasetQueryOptions, select: selectIndex, enabled: false }).data
}
