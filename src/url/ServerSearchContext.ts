import { createContext } from 'react'

/** The search string to render with when there is no browser location (prerendering). */
export const ServerSearchContext = createContext('')
