import { queryOptions } from '@tanstack/react-query'
import { loadDataset } from './loadDataset'

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => loadDataset(signal),
  staleTime: 'static',
  retry: false,
})
