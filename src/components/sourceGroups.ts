import { localText } from '@/data/localize'
import type { Publisher, Source, SourceKind } from '@/data/schema'
import { SOURCE_KINDS } from '@/data/vocabulary'
import type { Lang } from '@/i18n/lang'

export interface SourceLink {
  href: string
  /** The publisher's name; a second link to the same publisher gets "(2)" so no two links read alike. */
  label: string
}

export interface SourceGroup {
  kind: SourceKind
  links: SourceLink[]
}

export function sourceDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '')
  } catch {
    return url
  }
}

/**
 * Sources grouped by authority, official first, then document archives, then press; one link per
 * address (a source cited for two facts is listed once), labelled by its publisher's name. A source
 * whose publisher the table lacks (parseDataset refuses that) is labelled by its domain and counted
 * as press, the kind a ministry can least cite.
 */
export function sourceGroups(
  sources: readonly Source[],
  publisherById: ReadonlyMap<string, Publisher>,
  lang: Lang,
): SourceGroup[] {
  const seenUrl = new Set<string>()
  const seenLabel = new Map<string, number>()
  const byKind = new Map<SourceKind, SourceLink[]>()
  for (const source of sources) {
    if (seenUrl.has(source.url)) continue
    seenUrl.add(source.url)
    const publisher = publisherById.get(source.publisher)
    const kind = publisher?.kind ?? 'press'
    const name = publisher ? localText(publisher.name, lang) : sourceDomain(source.url)
    const n = (seenLabel.get(name) ?? 0) + 1
    seenLabel.set(name, n)
    const links = byKind.get(kind) ?? []
    links.push({ href: source.url, label: n === 1 ? name : `${name} (${n})` })
    byKind.set(kind, links)
  }
  return SOURCE_KINDS.flatMap((kind) => {
    const links = byKind.get(kind)
    return links ? [{ kind, links }] : []
  })
}
