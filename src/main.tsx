import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '@/app/App'
import { applyTheme, storedTheme } from '@/components/theme'
import { resolveLang, storedLang } from '@/i18n/resolveLang'
import '@/index.css'

// The remembered theme, before the first paint.
applyTheme(storedTheme())

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

/**
 * The build prerenders the plain first view (no search params, English).
 * Hydrate it when that is what this visit shows; otherwise render afresh.
 */
function showsPrerenderedView(): boolean {
  if (!root?.hasAttribute('data-prerendered') || window.location.search !== '') return false
  let storage: Storage | undefined
  try {
    storage = window.localStorage
  } catch {
    storage = undefined
  }
  return resolveLang(null, storedLang(storage), navigator.languages) === 'en'
}

if (showsPrerenderedView()) {
  hydrateRoot(root, app, { onCaughtError, onRecoverableError })
} else {
  root.replaceChildren()
  createRoot(root, { onCaughtError }).render(app)
}
