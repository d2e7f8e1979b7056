import type { ChartExport } from './chartExport'

/**
 * The charts on screen, by name ('matrix', 'pillar'), each as the export it
 * would write now (current filters and scope). A view registers its charts
 * while mounted; the share panel's "Download chart" takes the current view's.
 */
const onScreen = new Map<string, () => ChartExport>()

export function registerChart(name: string, build: () => ChartExport): () => void {
  onScreen.set(name, build)
  return () => {
    if (onScreen.get(name) === build) onScreen.delete(name)
  }
}

export function chartOnScreen(name: string): (() => ChartExport) | undefined {
  return onScreen.get(name)
}
