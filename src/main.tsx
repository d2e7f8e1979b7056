import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/App'
import '@/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Errors caught by a boundary are shown in the page (the error panel); log them quietly.
const onCaughtError = (error: unknown) => console.warn(error instanceof Error ? error.message : error)
createRoot(root, { onCaughtError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
