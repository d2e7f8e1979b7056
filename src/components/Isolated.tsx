import { Fragment } from 'react'

/**
 * A sentence that echoes text the reader typed or the data holds, with each echoed part in
 * a <bdi>: right-to-left or bidi control characters in it (U+202E…) cannot reorder the rest
 * of the sentence around it.
 */
export function Isolated({ text, parts }: { text: string; parts: readonly string[] }) {
  const wanted = [...new Set(parts.filter((part) => part !== ''))]
  if (wanted.length === 0) return text
  const segments: { text: string; isEcho: boolean }[] = []
  let rest = text
  while (rest !== '') {
    let first: { at: number; part: string } | null = null
    for (const part of wanted) {
      const at = rest.indexOf(part)
      if (at !== -1 && (first === null || at < first.at || (at === first.at && part.length > first.part.length)))
        first = { at, part }
    }
    if (first === null) {
      segments.push({ text: rest, isEcho: false })
      break
    }
    if (first.at > 0) segments.push({ text: rest.slice(0, first.at), isEcho: false })
    segments.push({ text: first.part, isEcho: true })
    rest = rest.slice(first.at + first.part.length)
  }
  return segments.map((segment, i) =>
    segment.isEcho ? <bdi key={i}>{segment.text}</bdi> : <Fragment key={i}>{segment.text}</Fragment>,
  )
}
