import { useState } from 'react'
import type { ChartExport } from '@/charts/chartExport'
import { chartFrame } from '@/charts/chartFrame'
import { chartOnScreen } from '@/charts/currentChart'
import { pillarRows } from '@/charts/pillarRows'
import { pillarLabel } from '@/i18n/vocabularyLabels'
import { useMessages } from '@/i18n/LangContext'
import { OPEN_EDITOR_EVENT } from '../openEditorEvent'
import { citation, permalink } from './citation'
import { downloadText, todayIso } from '@/lib/download'
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

  /** The chart of the current view: the themes matrix on the themes view, else the pillar chart (current filters and scope). */
  function currentChart(): { spec: ChartExport; stem: string } {
    const matrix = state.view === 'themes' ? chartOnScreen('matrix') : undefined
    if (matrix) return { spec: matrix(), stem: 'themes-matrix' }
    const pillar = state.view === 'themes' ? chartOnScreen('pillar') : undefined
    if (pillar) return { spec: pillar(), stem: 'pillar-chart' }
    return {
      stem: 'pillar-chart',
      spec: {
        kind: 'pillar',
        input: {
          ...chartFrame(index.meta, t.chartTitle, deck.sentence, today, lang),
          rows,
          economyLabel: pillarLabel('digital-economy', lang),
          governmentLabel: pillarLabel('digital-government', lang),
        },
      },
    }
  }

  async function saveChart(format: 'png' | 'svg') {
    try {
      const { spec, stem } = currentChart()
      const { downloadChart } = await import('@/charts/chartExport')
      const file = exportFileName('chart', format, today).replace('-chart-', `-${stem}-`)
      await downloadChart(spec, format, file)
      setStatus(t.downloaded(file))
    } catch {
      setStatus(t.exportFailed)
    }
  }

  const preview = currentChart().spec
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
      <div className="border-border bg-bg rounded-md border p-3 text-sm">
        {preview.kind === 'matrix' ? (
          <>
            <p className="mb-1 font-semibold">{preview.input.title}</p>
            <p className="text-muted">{preview.input.soWhat}</p>
          </>
        ) : (
          <>
            <p className="mb-1 font-semibold">{preview.input.title}</p>
            <p className="text-muted mb-2">{preview.input.soWhat}</p>
            <PillarBars rows={rows} caption={preview.input.title} />
          </>
        )}
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
