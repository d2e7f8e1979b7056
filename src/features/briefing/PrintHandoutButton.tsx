import { useState } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { loadHandout, nextPaint, setPrinting } from './handoutLoader'
import { headerButton } from './headerButton'
import { briefingMessages } from './messages'

/**
 * Makes sure the handout is in the page, then opens the print dialog. If the handout's code
 * cannot be loaded, the page itself prints (it is not hidden for print then), not a blank sheet.
 */
export function PrintHandoutButton() {
  const t = useMessages(briefingMessages)
  const [isBusy, setBusy] = useState(false)
  async function print() {
    setBusy(true)
    try {
      const hasHandout = await loadHandout().then(
        () => true,
        () => false,
      )
      if (hasHandout) setPrinting(true)
      await nextPaint()
      window.print()
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" aria-busy={isBusy} className={`${headerButton} bg-bg text-fg`} onClick={() => void print()}>
      {t.printHandout}
    </button>
  )
}
