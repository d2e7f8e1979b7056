import { useId, useState, type ReactNode } from 'react'
import { useMessages } from '@/i18n/LangContext'
import type { ChartExport } from './chartExport'
import { ChartDownloadButtons } from './ChartDownloadButtons'
import { chartMessages } from './messages'

interface Props {
  title: string
  /** One sentence computed from the data. */
  takeaway: string
  /** The visual (chart or matrix). */
  children: ReactNode
  /** The table alternative, revealed by the Show table button. */
  table: ReactNode
  headingLevel?: 'h2' | 'h3'
  /** When given, Download PNG / SVG buttons export this chart as drawn by the SVG writer. */
  exportAs?: { fileStem: string; build: () => ChartExport }
}

/** A figure named by its heading, with a takeaway sentence and a Show table alternative. */
export function ChartFigure({ title, takeaway, children, table, headingLevel: Heading = 'h3', exportAs }: Props) {
  const t = useMessages(chartMessages)
  const [isTableShown, setTableShown] = useState(false)
  const id = useId()
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-takeaway`}
      className="border-border bg-bg m-0 flex flex-col gap-3 rounded-lg border p-4"
    >
      <Heading id={`${id}-title`} className="text-xl font-bold">
        {title}
      </Heading>
      <p id={`${id}-takeaway`} className="max-w-3xl text-lg">
        {takeaway}
      </p>
      {children}
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="button"
          aria-expanded={isTableShown}
          aria-controls={`${id}-table`}
          onClick={() => setTableShown((shown) => !shown)}
          className="border-accent text-accent hover:bg-surface inline-flex items-center gap-2 rounded-md border px-3 py-2 font-semibold"
        >
          <span aria-hidden="true" className="inline-block transition-transform aria-expanded:rotate-90">
            {isTableShown ? '▾' : '▸'}
          </span>
          {t.showTable}
        </button>
        {exportAs && <ChartDownloadButtons title={title} fileStem={exportAs.fileStem} build={exportAs.build} />}
      </div>
      <div id={`${id}-table`} hidden={!isTableShown} className="overflow-x-auto">
        {isTableShown && table}
      </div>
    </figure>
  )
}
