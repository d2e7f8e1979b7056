import { useEffect, useState } from 'react'

export type CopyStatus = 'idle' | 'copied' | 'failed'

/**
 * Copies text to the clipboard and says how it went: 'copied' (back to 'idle' after 4 s, so the
 * message does not stay), or 'failed' where the browser refuses (the caller shows the text instead).
 */
export function useCopyToClipboard(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle')

  useEffect(() => {
    if (status !== 'copied') return
    const timer = window.setTimeout(() => setStatus('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [status])

  async function copy(text: string) {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return [status, copy]
}
