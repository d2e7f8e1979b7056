import type { Ref } from 'react'
import { useSetViewState } from '@/url/useViewState'
import { useMessages } from '@/i18n/LangContext'
import { briefingMessages } from './messages'
import { headerButton } from './headerButton'

/** Turns the current view into a deck (slide 1); Back or Escape returns here. */
export function PresentButton({ ref }: { ref?: Ref<HTMLButtonElement> }) {
  const t = useMessages(briefingMessages)
  const setState = useSetViewState()
  return (
    <button
      ref={ref}
      type="button"
      className={`${headerButton} bg-accent text-accent-fg`}
      onClick={() => void setState({ slide: 1 })}
    >
      <span aria-hidden="true">▶ </span>
      {t.present}
    </button>
  )
}
