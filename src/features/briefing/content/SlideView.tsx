import type { CSSProperties, ReactNode } from 'react'
import type { LocalizedString } from '@/data/localize'
import { useLang, useMessages } from '@/i18n/LangContext'
import { SOURCE_NAMES_ON_SLIDE, THEMES_ON_SLIDE, type Slide, type TopicCardData } from './buildSlides'
import { cut, cutSourceGroups } from './slideFit'
import { footerLine } from './slideSources'
import { contentMessages } from './messages'
import { PillarBars } from './PillarBars'
import { ThemeBars } from './ThemeBars'
import { TimelineLine } from './TimelineLine'

/**
 * Type scales with the slide's box (container query units), not the window: a slide is 53 × 30 em,
 * so body text is 24 px on a 1280 × 720 screen, 36 px at 1920 × 1080, in the same layout,
 * and the same slide shrunk in the presenter view. What goes on one slide is capped in buildSlides.
 */
const SLIDE_TYPE: CSSProperties = { fontSize: 'min(1.88cqw, 3.34cqh)', lineHeight: 1.35 }
/** A slide in the phone's list of slides: the page's reading size, the headings scaled from it. */
const FLOW_TYPE: CSSProperties = { fontSize: '1.0625rem', lineHeight: 1.45 }

interface Props {
  slide: Slide
  /** "3 of 12" */
  label: string
  /** 1 on the audience screen (the slide is the page), 2 in the narrow list of slides, 3 inside the presenter view. */
  headingLevel: 1 | 2 | 3
  /**
   * On a phone: the slide as a block of readable text at the page's size, as tall as it needs,
   * not a 16:9 frame shrunk to the screen (whose text would be 7 px).
   */
  isFlow?: boolean
  /** A copy for printing: not a slide to assistive technology (the deck on screen is). */
  isCopy?: boolean
}

function Text({ value, className }: { value: LocalizedString; className?: string }) {
  const { lang } = useLang()
  return (
    <span lang={value.lang === lang ? undefined : value.lang} className={className}>
      {value.text}
    </span>
  )
}

/** What was agreed on a topic, not only what it is about (the first agreement, as on the topic page). */
function AgreedLine({ card }: { card: TopicCardData }) {
  const t = useMessages(contentMessages)
  return (
    <span className="border-fg/40 border-l-[0.2em] pl-[0.4em] leading-snug">
      <span className="font-bold">{t.agreedOn}: </span>
      {card.agreement ? <Text value={card.agreement} /> : <span className="text-muted">{t.noAgreedText}</span>}
    </span>
  )
}

function Card({ card }: { card: TopicCardData }) {
  const isGovernment = card.pillar === 'digital-government'
  return (
    <li
      className={`flex flex-col gap-[0.2em] rounded-[0.4em] border-[0.1em] px-[0.6em] py-[0.4em] ${isGovernment ? 'border-gov bg-gov-bg' : 'border-econ bg-econ-bg'}`}
    >
      <Text value={card.title} className="text-[1.1em] leading-tight font-bold" />
      <Text value={card.summary} className="leading-snug" />
      <AgreedLine card={card} />
      <span className="mt-auto">
        {card.meetingLabel} ·{' '}
        <span className={`font-semibold ${isGovernment ? 'text-gov' : 'text-econ'}`}>{card.pillarLabel}</span>
      </span>
    </li>
  )
}

export function SlideView({ slide, label, headingLevel, isFlow = false, isCopy = false }: Props) {
  const t = useMessages(contentMessages)
  const { lang } = useLang()
  const H = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 1 ? 'h2' : headingLevel === 2 ? 'h3' : 'h4'
  // The title, then what the data says about this slide ("so what"), true under the current filter.
  const title = (content: ReactNode, lang?: string) => (
    <>
      <H lang={lang} className={`${slide.soWhat ? 'mb-[0.15em]' : 'mb-[0.5em]'} text-[1.6em] leading-tight font-bold`}>
        {content}
      </H>
      {slide.soWhat && (
        <p data-so-what="" className="text-accent mb-[0.5em] text-[1.05em] leading-snug font-semibold">
          {slide.soWhat}
        </p>
      )}
    </>
  )

  let body: ReactNode
  switch (slide.kind) {
    case 'title':
      body = (
        <div className="flex h-full flex-col justify-center gap-[0.8em]">
          <p className="text-accent text-[1.1em] font-semibold">{slide.subtitle}</p>
          <H className="text-[2.6em] leading-tight font-bold">{slide.title}</H>
          <p className="max-w-[40em] text-[1.3em]">{slide.sentence}</p>
          <ul className="flex list-none gap-[2.5em] p-0">
            {slide.figures.map((f) => (
              <li key={f.label} className="flex flex-col">
                <span className="text-accent text-[2.4em] leading-none font-bold tabular-nums">{f.value}</span>
                <span className="text-[1.05em]">{f.label}</span>
              </li>
            ))}
          </ul>
          <p className="text-muted">{slide.date}</p>
        </div>
      )
      break
    case 'empty':
      body = (
        <>
          {title(slide.title)}
          <p className="text-[1.2em]">{slide.message}</p>
        </>
      )
      break
    case 'timeline':
      body = (
        <>
          {title(slide.title)}
          <TimelineLine meetings={slide.meetings} isVertical={isFlow} />
        </>
      )
      break
    case 'meeting':
      body = (
        <>
          {title(slide.title, slide.titleLang)}
          <p className="text-muted mb-[0.4em] font-semibold">
            {slide.line.date} · {slide.line.place} · {slide.format}
          </p>
          <p className="mb-[0.5em] leading-snug">
            <Text value={slide.headline} />
          </p>
          <Sub className="mb-[0.3em] font-bold">{t.topicsInScope}</Sub>
          <ul className={`list-disc gap-x-[2em] pl-[1.2em] ${slide.topics.length > 3 && !isFlow ? 'columns-2' : ''}`}>
            {slide.topics.map((card) => (
              <li key={card.id} className="mb-[0.15em] break-inside-avoid">
                <Text value={card.title} />
              </li>
            ))}
            {slide.more !== null && <li className="text-muted list-none font-semibold">{slide.more}</li>}
          </ul>
        </>
      )
      break
    case 'topics':
      body = (
        <>
          {title(slide.title)}
          <ul className={`grid list-none gap-[0.7em] p-0 ${isFlow ? '' : 'grid-cols-2'}`}>
            {slide.topics.map((card) => (
              <Card key={card.id} card={card} />
            ))}
          </ul>
        </>
      )
      break
    case 'chart':
      body = (
        <>
          {title(slide.title)}
          <p className="mb-[0.5em]">{slide.summary}</p>
          <PillarBars
            rows={slide.rows}
            series={slide.series}
            caption={slide.title}
            isCompact={slide.rows.length > 6}
            isNarrow={isFlow}
          />
        </>
      )
      break
    case 'themes':
      body = (
        <>
          {title(slide.title)}
          <ThemeBars rows={cut(slide.rows, THEMES_ON_SLIDE).shown} caption={slide.title} />
          {slide.rows.length > THEMES_ON_SLIDE && (
            <p className="text-muted mt-[0.3em] font-semibold">
              {t.moreTopics(String(cut(slide.rows, THEMES_ON_SLIDE).rest))}
            </p>
          )}
        </>
      )
      break
    case 'sources':
      body = (
        <>
          {title(slide.title)}
          <div>
            {cutSourceGroups(slide.groups, SOURCE_NAMES_ON_SLIDE).map((group) => (
              <section key={group.kind} className="mb-[0.4em]">
                <Sub className="text-accent font-bold">{group.label}</Sub>
                <ul className="list-none p-0">
                  {group.publishers.map((p) => (
                    <li key={p.name}>
                      {p.name} <span className="text-muted">· {t.publisherCount(String(p.count), p.count === 1)}</span>
                    </li>
                  ))}
                  {group.rest > 0 && <li className="text-muted font-semibold">{t.moreTopics(String(group.rest))}</li>}
                </ul>
              </section>
            ))}
          </div>
        </>
      )
      break
    case 'agreements':
      body = (
        <>
          {title(slide.title)}
          <ul className="grid list-none gap-[0.6em] p-0">
            {slide.items.map((item, i) => (
              <li key={i} className="border-accent border-l-[0.25em] pl-[0.6em] text-[1.05em] leading-snug">
                {item.topic && (
                  <>
                    <Text value={item.topic} className="font-bold" />:{' '}
                  </>
                )}
                <Text value={item.text} />
              </li>
            ))}
          </ul>
          {slide.more !== null && <p className="text-muted mt-[0.4em] font-semibold">{slide.more}</p>}
        </>
      )
      break
    case 'key':
      body = (
        <div className="border-accent flex h-full flex-col justify-center gap-[0.6em] border-l-[0.5em] pl-[1em]">
          <p className="text-accent text-[1.1em] font-semibold">{slide.title}</p>
          <H className="text-[2.4em] leading-tight font-bold">{slide.message}</H>
        </div>
      )
      break
  }
  const footer = footerLine(slide.sources, lang)

  return (
    <div className={isFlow ? '' : '[container-type:size] size-full'}>
      <div
        role={isCopy ? undefined : 'group'}
        aria-roledescription={isCopy ? undefined : 'slide'}
        aria-label={isCopy ? undefined : label}
        style={isFlow ? FLOW_TYPE : SLIDE_TYPE}
        className={`bg-bg text-fg flex flex-col ${isFlow ? 'px-4 py-5' : 'size-full overflow-hidden px-[2em] pt-[1.2em] pb-[0.6em]'}`}
      >
        <div data-slide-body="" className={isFlow ? '' : 'min-h-0 flex-1 overflow-hidden'}>
          {body}
        </div>
        {slide.keyMessage !== null && (
          <p className="border-accent bg-surface mt-[0.5em] rounded-[0.3em] border-l-[0.3em] px-[0.7em] py-[0.3em] text-[1.1em] font-bold">
            {slide.keyMessage}
          </p>
        )}
        {footer !== '' && (
          <p className={`text-muted mt-[0.3em] ${isFlow ? 'text-[0.8em]' : 'truncate text-[0.7em]'}`}>{footer}</p>
        )}
      </div>
    </div>
  )
}
