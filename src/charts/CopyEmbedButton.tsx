import { useId } from 'react'
import { useCopyToClipboard } from '@/components/useCopyToClipboard'
import { useMessages } from '@/i18n/LangContext'
import { addressOf } from '@/url/address'
import { chartEmbedAddress, type EmbedChart } from '@/url/embedParam'
import { embedCode } from './embedCode'
import { useViewState } from '@/url/useViewState'
import { chartMessages } from './messages'

// Tall enough that the chart alone, with its credit, fits without scrolling in a frame 1,000 px wide or wider
// (measured; the table, once opened, scrolls inside).
const HEIGHT: Record<EmbedChart, number> = { matrix: 1300, pillars: 900 }

/**
 * Copies the HTML that shows this chart alone, as filtered now, in another site's page (an iframe of
 * its embed address). Where the browser refuses the clipboard, the code is shown to copy by hand.
 */
export function CopyEmbedButton({ chart, title }: { chart: EmbedChart; title: string }) {
  const t = useMessages(chartMessages)
  const [state] = useViewState()
  const [status, copyText] = useCopyToClipboard()
  const codeId = useId()
  const code = () =>
    embedCode(new URL(chartEmbedAddress(addressOf(state), chart), window.location.href).href, title, HEIGHT[chart])

  return (
    <>
      <button
        type="button"
        className="border-border text-fg hover:bg-surface rounded-md border px-3 py-2 font-semibold"
        aria-label={t.copyEmbedLabel(title)}
        onClick={() => void copyText(code())}
      >
        {t.copyEmbed}
      </button>
      <p aria-live="polite" className={status === 'failed' ? 'text-danger basis-full text-sm' : 'basis-full text-sm'}>
        {status === 'copied' ? t.embedCopied : status === 'failed' ? t.embedCopyFailed : ''}
      </p>
      {status === 'failed' && (
        <div className="flex basis-full flex-col gap-1">
          <label htmlFor={codeId} className="text-sm font-semibold">
            {t.embedCodeLabel(title)}
          </label>
          <textarea
            id={codeId}
            readOnly
            rows={3}
            value={code()}
            onFocus={(event) => event.currentTarget.select()}
            className="border-border bg-bg text-fg rounded-md border px-2 py-1 font-mono text-sm"
          />
        </div>
      )}
    </>
  )
}
