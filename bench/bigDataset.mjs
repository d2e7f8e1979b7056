// A generated dataset with `count` topics, made of the real topics repeated with
// new ids and numbered titles, so that it passes the app's schema and references.
export function makeBigDataset(real, count = 10_000) {
  const topics = []
  for (let i = 0; topics.length < count; i++) {
    const base = real.topics[i % real.topics.length]
    const n = Math.floor(i / real.topics.length)
    topics.push(
      n === 0
        ? base
        : {
            ...base,
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
