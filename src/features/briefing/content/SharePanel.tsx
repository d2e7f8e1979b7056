import { useRef, useState } from 'react'
import { pillarRows } from '@/charts/pillarRows'
import { useMessages } from '@/i18n/LangContext'
import { OPEN_EDITOR_EVENT } from '../openEditorEvent'
import { citation, permalink } from './citation'
import { downloadText, downloadUrl, todayIso } from './download'
import { DownloadPptxButton } from './DownloadPptxButton'
import { contentMessages } from './messages'
import { PillarBars } from './PillarBars'
import { exportFileName, topicsCsv, topicsJson } from './topicsExport'
import { useDeck } from './useDeck'

const action = 'w-full rounded-md border border-border bg-bg px-3 py-2 text-left font-medium text-fg hover:bg-surface'

/** Copy link and citation; download the topics (CSV, JSON) and the chart (PNG, SVG). */
export function SharePanel() {
  const t = useMessages(contentMessages)
  const { index, deck, state, lang } = useDeck()
  const [status, setStatus] = useState('')
  const chart = useRef<HTMLDivElement>(null)
  const link = permalink(window.location.href, state, lang)
  const today = todayIso()
  const cite = citation(index.meta, link, today, lang)
  const rows = pillarRows(index, deck.topics, lang).filter((r) => r.total > 0)

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(done)
    } catch {
      setStatus(t.copyFailed)
    }
  }

  function save(text: string, type: string, extension: string) {
    const file = exportFileName('topics', extension, today)
    downloadText(text, type, file)
    setStatus(t.downloaded(file))
  }

  async function saveChart(format: 'png' | 'svg') {
    const node = chart.current
    if (!node) return
    try {
      const { toPng, toSvg } = await import('html-to-image')
      const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff'
      const options = { backgroundColor: background, pixelRatio: 2 }
      const url = format === 'png' ? await toPng(node, options) : await toSvg(node, options)
      const file = exportFileName('chart', format, today)
      downloadUrl(url, file)
      setStatus(t.downloaded(file))
    } catch {
      setStatus(t.exportFailed)
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={action} onClick={() => void copy(link, t.linkCopied)}>
        {t.copyLink}
      </button>
      <button type="button" className={action} onClick={() => void copy(cite, t.citationCopied)}>
        {t.copyCitation}
      </button>
      <p className="bg-surface rounded-md p-2 text-sm break-words">{cite}</p>
      <button
        type="button"
        className={action}
        onClick={() => save(topicsCsv(index, deck.topics, lang), 'text/csv;charset=utf-8', 'csv')}
      >
        {t.downloadCsv}
      </button>
      <button
        type="button"
        className={action}
        onClick={() =>
          save(
            topicsJson(index, deck.topics, { sentence: deck.sentence, permalink: link, lang }),
            'application/json',
            'json',
          )
        }
      >
        {t.downloadJson}
      </button>
      <button
        type="button"
        className={action}
        aria-haspopup="dialog"
        onClick={() => window.dispatchEvent(new Event(OPEN_EDITOR_EVENT))}
      >
        {t.buildBriefing}
      </button>
      <DownloadPptxButton className={action} />
      <div ref={chart} className="border-border bg-bg rounded-md border p-3 text-sm">
        <p className="mb-1 font-semibold">{t.chartTitle}</p>
        <p className="text-muted mb-2">{deck.sentence}</p>
        <PillarBars rows={rows} caption={t.chartTitle} />
      </div>
      <div className="flex gap-2">
        <button type="button" className={action} onClick={() => void saveChart('png')}>
          {t.downloadPng}
        </button>
        <button type="button" className={action} onClick={() => void saveChart('svg')}>
          {t.downloadSvg}
        </button>
      </div>
      <p role="status" className="min-h-[1.5em] text-sm">
        {status}
      </p>
    </div>
  )
}
