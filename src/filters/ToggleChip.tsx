import type { ReactNode } from 'react'

/** A filter value that is on or off: a button with aria-pressed and a tick that does not rely on colour. */
export function ToggleChip({
  isPressed,
  onToggle,
  children,
  lang,
}: {
  isPressed: boolean
  onToggle: () => void
  children: ReactNode
  lang?: string
}) {
  return (
    <button
      type="button"
      lang={lang}
      aria-pressed={isPressed}
      onClick={onToggle}
      className="border-border bg-bg hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg inline-flex min-h-9 items-center gap-1 rounded-full border px-3 py-1 text-sm aria-pressed:font-semibold"
    >
      {isPressed && <span aria-hidden="true">✓</span>}
      {children}
    </button>
  )
}
