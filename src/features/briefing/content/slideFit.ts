import type { SourceGroupLine } from './buildSlides'

/** The first `max` items, or `max − 1` and "and N more" (so N is never 1). */
export function cut<T>(items: readonly T[], max: number): { shown: readonly T[]; rest: number } {
  if (items.length <= max) return { shown: items, rest: 0 }
  return { shown: items.slice(0, max - 1), rest: items.length - (max - 1) }
}

/**
 * The source groups cut to `names` publisher names in all: each group keeps at least one, the rest
 * go to the groups in order (official first); a group that is cut ends with "and N more" (N ≥ 2).
 */
export function cutSourceGroups(groups: readonly SourceGroupLine[], names: number) {
  const share = groups.map((g) => Math.min(1, g.publishers.length))
  let left = names - share.reduce((a, b) => a + b, 0)
  groups.forEach((g, i) => {
    const extra = Math.max(0, Math.min(left, g.publishers.length - share[i]!))
    share[i]! += extra
    left -= extra
  })
  return groups.map((group, i) => {
    const shown = share[i]!
    // "and 1 more" would take the line the name would: show it instead.
    const all = group.publishers.length <= shown + 1
    return {
      ...group,
      publishers: all ? group.publishers : group.publishers.slice(0, shown),
      rest: all ? 0 : group.publishers.length - shown,
    }
  })
}
