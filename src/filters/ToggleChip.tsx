import type { ReactNode } from 'react'

/** A filter value that is on or off: a button with aria-pressed and a tick that does not rely on colour. */
export function ToggleChip({ isPressed, onToggle, children, lang }: { isPressed: boolean; onToggle: () => void; children: ReactNode; lang?: string }) {
  return (
    <button
      type="button"
      lang={lang}
      aria-pressed={isPressed}
      onClick={onToggle}
      className="inline-flex min-h-9 items-center gap-1 rounded-full border border-border bg-bg px-3 py-1 text-sm hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:font-semibold aria-pressed:text-accent-fg"
    >
      {isPressed && <span aria-hidden="true">✓</span>}
      {children}
    </button>
  )
}
