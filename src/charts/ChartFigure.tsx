import { useId, type ReactNode } from 'react'
import { useMessages } from '@/i18n/LangContext'
import type { ChartExport } from './chartExport'
import type { EmbedChart } from '@/url/embedParam'
import { ChartDownloadButtons } from './ChartDownloadButtons'
import { CopyEmbedButton } from './CopyEmbedButton'
import { chartMessages } from './messages'

interface Props {
  title: string
  /** One sentence computed from the data. */
  takeaway: string
  /** The visual (chart or matrix). */
  children: ReactNode
  /** The table alternative, behind the Show table disclosure (in the page, so it opens before the app runs). */
  table: ReactNode
  headingLevel?: 'h2' | 'h3'
  /** When given, Download PNG / SVG buttons export this chart as drawn by the SVG writer. */
  exportAs?: { fileStem: string; build: () => ChartExport }
  /** When given, "Copy embed code" gives the HTML that shows this chart alone on another site. */
  embedAs?: EmbedChart
}

/**
 * A figure named by its heading, with a takeaway sentence and a Show table alternative: a native
 * disclosure (details/summary), so the table opens by keyboard or pointer in a prerendered page before
 * the app has hydrated, and with JavaScript off.
 */
export function ChartFigure({
  title,
  takeaway,
  children,
  table,
  headingLevel: Heading = 'h3',
  exportAs,
  embedAs,
}: Props) {
  const t = useMessages(chartMessages)
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
      <details className="group">
        <summary className="border-accent text-accent hover:bg-surface inline-flex cursor-pointer list-none items-center gap-2 rounded-md border px-3 py-2 font-semibold [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t.showTable}
        </summary>
        <div className="mt-3 overflow-x-auto">{table}</div>
      </details>
      {(exportAs ?? embedAs) && (
        <div className="flex flex-wrap items-start gap-2">
          {exportAs && <ChartDownloadButtons title={title} fileStem={exportAs.fileStem} build={exportAs.build} />}
          {embedAs && <CopyEmbedButton chart={embedAs} title={title} />}
        </div>
      )}
    </figure>
  )
}
