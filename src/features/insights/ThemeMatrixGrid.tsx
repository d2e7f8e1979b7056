import { StateLink } from '@/components/StateLink'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { useMessages } from '@/i18n/LangContext'
import { insightsMessages } from './messages'
import { StatusMark } from './StatusMark'
import type { ThemeMatrix } from './themeMatrix'

/** The visual matrix; hidden from screen readers, which get the takeaway and the table instead. */
export function ThemeMatrixGrid({ matrix }: { matrix: ThemeMatrix }) {
  const t = useMessages(insightsMessages)
  const columns = { gridTemplateColumns: `minmax(7rem, 16rem) repeat(${matrix.years.length}, minmax(2.5rem, 1fr))` }
  return (
    <div aria-hidden="true" className="flex flex-col gap-3">
      <div className="grid items-center gap-1" style={columns}>
        <span />
        {matrix.years.map((year) => (
          <span key={year} className="text-center text-sm font-bold">
            {year}
          </span>
        ))}
        {matrix.rows.map((row) => (
          <div key={row.theme.id} className="contents">
            {/* For the pointer only (the grid is hidden from screen readers): the table's row headers are the real links. */}
            <StateLink
              patch={{ theme: row.theme.id }}
              tabIndex={-1}
              className="border-border text-accent border-t py-1 pr-2 text-sm leading-tight underline underline-offset-2"
            >
              <LocalizedTextView value={row.theme.name} />
            </StateLink>
            {row.cells.map((cell) => (
              <span key={cell.year} className="border-border flex justify-center border-t py-1">
                <StatusMark status={cell.status} />
              </span>
            ))}
          </div>
        ))}
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold">{t.matrixLegend}:</span>
        <span>
          <StatusMark status="new" showWord /> {t.statusNewHelp}
        </span>
        <span>
          <StatusMark status="continued" showWord /> {t.statusContinuedHelp}
        </span>
        <span>
          <StatusMark status="returned" showWord /> {t.statusReturnedHelp}
        </span>
        <span>
          <StatusMark status="absent" showWord /> {t.statusAbsentHelp}
        </span>
      </p>
    </div>
  )
}
