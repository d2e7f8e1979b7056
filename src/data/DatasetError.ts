/** Why the dataset could not be used. `kind` lets the UI say the cause in the reader's language. */
export type DatasetErrorKind = 'http' | 'network' | 'json' | 'schema' | 'empty'

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
