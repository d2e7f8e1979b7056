/**
 * A sentence that echoes text the reader typed, with each echo of it in a <bdi>: right-to-left
 * or bidi control characters in it (U+202E…) cannot reorder the rest of the sentence.
 */
export function Isolated({ text, part }: { text: string; part: string }) {
  if (part === '') return text
  return text.split(part).flatMap((piece, i) => (i === 0 ? [piece] : [<bdi key={i}>{part}</bdi>, piece]))
}
