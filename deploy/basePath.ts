/**
 * The path the app is served under: "/" (the domain root) by default, or the
 * BASE_PATH environment variable at build time (`BASE_PATH=/g20/ npm run build`).
 * vite.config.ts makes it Vite's `base`: every asset URL and the dataset
 * request (import.meta.env.BASE_URL) follow it.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim()
  if (trimmed === '' || trimmed === '/') return '/'
  if (/[?#\\]|:\/\/|\.\./.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /g20/ (got "${trimmed}")`)
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`
}
