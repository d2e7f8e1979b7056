import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '@/app/App'
import { restoreReturnPoints } from '@/url/returnPoint'
import { canonicalizeAddress } from '@/url/useViewState'
import '@/index.css'

// An old ?view=…&meeting=…&lang=… link shows its page at the address it has now (/ja/meetings/…/).
canonicalizeAddress()
// Back returns focus and scroll to the link the reader followed.
restoreReturnPoints()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Errors caught by a boundary are shown in the page (the error panel); log them quietly.
const onCaughtError = (error: unknown) => console.warn(error instanceof Error ? error.message : error)
// When the data fails while hydrating, React falls back to rendering on the client (the error panel).
const onRecoverableError = (error: unknown) => console.warn(error instanceof Error ? error.message : error)
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)

// The build prerenders every page; public/boot.js keeps it (data-prerendered) only when this visit
// shows exactly that page, else clears it. Hydrate what is kept. In a transition, so React works in
// short slices that yield to the browser (input, paint) instead of one long task: the page is
// already on screen, and a tap during hydration is still handled.
startTransition(() => {
  if (root.hasAttribute('data-prerendered')) {
    hydrateRoot(root, app, { onCaughtError, onRecoverableError })
  } else {
    createRoot(root, { onCaughtError }).render(app)
  }
})

// The service worker (offline use after one visit) registers from its own small chunk, after load (which
// may have passed already: public/boot.js starts the app after the first paint of a prerendered page).
// The single file (npm run build:offline) has none: it is offline by itself, and file:// has no workers.
if (import.meta.env.PROD && import.meta.env.VITE_SINGLE_FILE !== 'true' && 'serviceWorker' in navigator) {
  const register = () =>
    void import('@/app/serviceWorker')
      .then((sw) => sw.registerServiceWorker(navigator.serviceWorker, import.meta.env.BASE_URL))
      .catch((error: unknown) => console.warn(error instanceof Error ? error.message : error))
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
