/** The look of the header's briefing buttons. */
export const headerButton = 'rounded-md border border-border px-3 py-1.5 text-sm font-semibold hover:opacity-90'
