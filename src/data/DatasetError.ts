/**
 * Why the dataset could not be used. `kind` lets the UI say the cause in the reader's language:
 * - `http`: the server answered with an error status
 * - `network`: the request failed before any answer (offline, refused, DNS)
 * - `timeout`: no bytes arrived for the inactivity timeout (a stalled link, not a slow one)
 * - `truncated`: the connection was lost mid-body, or fewer bytes arrived than Content-Length said
 * - `html`: a web page (an SPA fallback, a login or error page) arrived where JSON was expected
 * - `tooLarge`: far more arrived than the dataset can be
 * - `json`: the body is not valid JSON; `schema`: valid JSON of the wrong shape; `empty`: no meetings or topics
 */
export type DatasetErrorKind =
  'http' | 'network' | 'timeout' | 'truncated' | 'html' | 'tooLarge' | 'json' | 'schema' | 'empty'

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly status: number | undefined
  readonly path: string | undefined

  constructor(kind: DatasetErrorKind, message: string, details: { status?: number; path?: string } = {}) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.status = details.status
    this.path = details.path
  }
}
