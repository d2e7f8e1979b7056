import { scopeIndex, type DatasetIndex } from '@/data/selectors'
import { useDataset } from '@/data/useDataset'
import { useViewField } from './useViewState'

/**
 * The dataset narrowed to the scope in the URL (?scope=all: 2016–2025; otherwise 2017–2021): what
 * every view that lists meetings, topics or years starts from. Lookups by id stay whole.
 */
export function useScopedDataset(): DatasetIndex {
  return scopeIndex(useDataset(), useViewField('scope'))
}
