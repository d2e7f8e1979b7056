// A generated dataset with `count` topics, made of the real topics repeated with new ids and
// numbered titles, so that it passes the app's schema and references. The copies keep one source
// per list (the first), so 10,000 topics stay under the loader's size cap (MAX_BYTES in
// src/data/fetchDataset.ts) while every card keeps its text, agreement and a source.
function firstSources(value) {
  if (Array.isArray(value)) return value.map(firstSources)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === 'sources' && Array.isArray(v) ? v.slice(0, 1) : firstSources(v),
    ]),
  )
}

export function makeBigDataset(real, count = 10_000) {
  const topics = []
  for (let i = 0; topics.length < count; i++) {
    const base = real.topics[i % real.topics.length]
    const n = Math.floor(i / real.topics.length)
    topics.push(
      n === 0
        ? base
        : {
            ...firstSources(base),
            id: `${base.id}-copy-${n}`,
            title: {
              ...base.title,
              en: `${base.title.en} (${n})`,
              ...(base.title.ja ? { ja: `${base.title.ja}(${n})` } : {}),
            },
          },
    )
  }
  return { ...real, topics }
}
