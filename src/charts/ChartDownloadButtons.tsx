import { useState } from 'react'
import { useMessages } from '@/i18n/LangContext'
import type { ChartExport } from './chartExport'
import { todayIso } from './chartFrame'
import { chartMessages } from './messages'

interface Props {
  title: string
  /** File name without date or extension, e.g. "themes-matrix". */
  fileStem: string
  /** Builds the export when a button is clicked (the writer loads on click). */
  build: () => ChartExport
  className?: string
}

const button = 'border-border text-fg hover:bg-surface rounded-md border px-3 py-2 font-semibold'

/** Download PNG / Download SVG for one chart, drawn by the SVG writer (loaded on click). */
export function ChartDownloadButtons({ title, fileStem, build, className = '' }: Props) {
  const t = useMessages(chartMessages)
  const [status, setStatus] = useState('')
  async function download(format: 'png' | 'svg') {
    const file = `g20-digital-${fileStem}-${todayIso()}.${format}`
    try {
      const { downloadChart } = await import('./chartExport')
      await downloadChart(build(), format, file)
      setStatus(t.downloaded(file))
    } catch {
      setStatus(t.exportFailed)
    }
  }
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <button
        type="button"
        className={button}
        aria-label={t.downloadLabel('PNG', title)}
        onClick={() => void download('png')}
      >
        {t.downloadPng}
      </button>
      <button
        type="button"
        className={button}
        aria-label={t.downloadLabel('SVG', title)}
        onClick={() => void download('svg')}
      >
        {t.downloadSvg}
      </button>
      <p role="status" className="min-h-[1.5em] text-sm">
        {status}
      </p>
    </div>
  )
}
