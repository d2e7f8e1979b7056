import { useMemo, type AnchorHTMLAttributes, type Ref } from 'react'
import { addressOf } from '@/url/address'
import type { ViewState } from '@/url/urlState'
import { useLaterViewState } from '@/url/LaterViewState'
import { useSetViewState } from '@/url/useViewState'

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The change to the URL state this link makes. */
  patch: Partial<ViewState>
  ref?: Ref<HTMLAnchorElement>
}

/** A real link to another view state: it has an href (open in new tab works) and navigates in place on a plain click. */
export function StateLink({ patch, onClick, ref, children, ...rest }: Props) {
  const setState = useSetViewState()
  // The href follows the address a render later, so a click or keystroke does not wait for the address
  // of every link on the page (nor render the links at all); a click applies the patch to the address as it is.
  const state = useLaterViewState()
  const href = useMemo(() => addressOf({ ...state, ...patch }), [state, patch])
  return (
    <a
      {...rest}
      ref={ref}
      href={href}
      onClick={(event) => {
        onClick?.(event)
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return
        event.preventDefault()
        void setState(patch)
      }}
    >
      {children}
    </a>
  )
}
