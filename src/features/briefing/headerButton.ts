/** The look of the header's briefing buttons. */
export const headerButton =
  'rounded-md border border-border px-2.5 py-1.5 sm:px-3 text-sm font-semibold hover:opacity-90'
