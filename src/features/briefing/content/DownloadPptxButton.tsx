import { useId, useState } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { deckExport } from './deckExport'
import { downloadBlob, todayIso } from '@/lib/download'
import { contentMessages } from './messages'
import { pptxSpec } from './pptxSpec'
import { exportFileName } from './topicsExport'
import { useSpeakerNotes } from './speakerNotes'
import { useDeck } from './useDeck'
import { writePptx } from './writePptx'

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' }

/** Builds the deck as a .pptx on click; pptxgenjs is fetched then, not with the page. */
export function DownloadPptxButton({ className }: { className: string }) {
  const t = useMessages(contentMessages)
  const { index, deck, lang, notesScope } = useDeck()
  const [notes] = useSpeakerNotes(notesScope)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const isBusy = status.kind === 'busy'
  const statusId = useId()

  async function download() {
    if (isBusy) return
    setStatus({ kind: 'busy' })
    try {
      const file = exportFileName('briefing', 'pptx', todayIso())
      downloadBlob(await writePptx(pptxSpec(deckExport(index, deck, lang, notes))), file)
      setStatus({ kind: 'done', file })
    } catch {
      setStatus({ kind: 'failed' })
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        className={className}
        aria-disabled={isBusy}
        aria-describedby={statusId}
        onClick={() => void download()}
      >
        {t.downloadPptx}
      </button>
      <p id={statusId} role="status" className="min-h-[1.5em] text-sm">
        {status.kind === 'busy' ? t.preparingPptx : status.kind === 'done' ? t.downloaded(status.file) : ''}
      </p>
      {status.kind === 'failed' && (
        <div role="alert" className="border-danger flex flex-wrap items-center gap-2 rounded-md border-2 p-2 text-sm">
          <p className="flex-1">{t.pptxFailed}</p>
          <button
            type="button"
            className="bg-accent text-accent-fg rounded-md px-3 py-1 font-semibold hover:opacity-90"
            onClick={() => void download()}
          >
            {t.retry}
          </button>
        </div>
      )}
    </div>
  )
}
