// The HTML a host pastes to show one chart; in the chart's own chunk, not the first view's.
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The HTML a host pastes: a titled, lazily loaded, borderless iframe of the given absolute address. */
export function embedCode(src: string, title: string, height = 720): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border: 0"></iframe>`
}
