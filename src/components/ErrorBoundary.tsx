import { Component, type ReactNode } from 'react'

interface Props {
  /** Renders the error; call `reset` to try the children again. */
  fallback: (error: unknown, reset: () => void) => ReactNode
  onReset?: () => void
  children: ReactNode
}

interface State {
  error: unknown
  hasError: boolean
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, hasError: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true }
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: null, hasError: false })
  }

  override render() {
    return this.state.hasError ? this.props.fallback(this.state.error, this.reset) : this.props.children
  }
}
