import type { DatasetIndex } from '@/data/selectors'
import type { Source } from '@/data/schema'
import type { Lang } from '@/i18n/lang'
import { sourceKindLabel } from '@/i18n/vocabularyLabels'
import { sourceDetailMessages } from './sourceDetailMessages'
import { sourceGroups } from './sourceGroups'

/** "Official: G20 Information Centre https://…", official first: what a reader can cite, and how strongly. */
export function labelledSources(index: DatasetIndex, sources: readonly Source[], lang: Lang): string[] {
  return sourceGroups(sources, index.publisherById, lang).flatMap((group) =>
    group.links.map((link) =>
      sourceDetailMessages[lang].sourceLine(sourceKindLabel(group.kind, lang), link.label, link.href),
    ),
  )
}
