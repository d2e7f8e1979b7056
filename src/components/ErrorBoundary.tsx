import { Component, type ReactNode } from 'react'
import { ChunkLoadError } from './ChunkLoadError'

interface Props {
  /** Renders the error; call `reset` to try the children again. */
  fallback: (error: unknown, reset: () => void) => ReactNode
  onReset?: () => void
  /** When any of these change (e.g. the view in the URL), a shown error is cleared and the children tried again. */
  resetKeys?: readonly unknown[]
  children: ReactNode
}

interface State {
  error: unknown
  hasError: boolean
}

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]))

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, hasError: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true }
  }

  override componentDidUpdate(previous: Props, previousState: State) {
    // Only an error already on screen: one caught in the very render that changed the keys stays.
    if (this.state.hasError && previousState.hasError && changed(previous.resetKeys, this.props.resetKeys)) this.reset()
  }

  reset = () => {
    // A chunk that failed to load is imported afresh on the next render, not served from React.lazy's memory.
    if (this.state.error instanceof ChunkLoadError) this.state.error.retry?.()
    this.props.onReset?.()
    this.setState({ error: null, hasError: false })
  }

  override render() {
    return this.state.hasError ? this.props.fallback(this.state.error, this.reset) : this.props.children
  }
}
