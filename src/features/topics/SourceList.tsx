import type { Source } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'
import { sourceLinks } from './sourceLinks'

/** Source links: the domain as text, the full address in href, opened in a new tab. */
export function SourceList({ sources, className = '' }: { sources: readonly Source[]; className?: string }) {
  const t = useMessages(topicMessages)
  return (
    <div className={`text-sm ${className}`}>
      <span className="text-muted font-semibold">{t.sources}: </span>
      <ul className="inline list-none p-0">
        {sourceLinks(sources).map((link, i) => (
          <li key={link.href} className="inline">
            {i > 0 && <span aria-hidden="true"> · </span>}
            <a
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              className="text-accent underline underline-offset-2 hover:no-underline"
            >
              {link.label}
              <span className="sr-only"> {t.opensInNewTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
