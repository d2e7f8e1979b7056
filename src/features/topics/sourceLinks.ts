import type { Source } from '@/data/schema'

export interface SourceLink {
  href: string
  /** The site's domain; a second link to the same site gets "(2)" so no two links read alike. */
  label: string
}

export function sourceDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** One link per address (a source cited for two facts is listed once), labelled by domain. */
export function sourceLinks(sources: readonly Source[]): SourceLink[] {
  const seen = new Map<string, number>()
  return [...new Set(sources.map((s) => s.url))].map((url) => {
    const domain = sourceDomain(url)
    const n = (seen.get(domain) ?? 0) + 1
    seen.set(domain, n)
    return { href: url, label: n === 1 ? domain : `${domain} (${n})` }
  })
}
