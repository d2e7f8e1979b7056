import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { minifySync } from 'vite'

/**
 * public/boot.js as the built pages inline it (vite.config.ts, criticalFirst), minified, since it is in
 * every page and counts as initial JS: the one source of the script, which the dev server serves as a
 * file. The Content-Security-Policy allows it by its hash (scriptHash), in the page's <meta> and in
 * deploy/nginx/g20-dashboard.conf (tests/unit/bootScript.test.ts checks both).
 */
export function bootScript(root: string): string {
  const { code, errors } = minifySync('boot.js', readFileSync(resolve(root, 'public/boot.js'), 'utf8'))
  if (errors.length > 0) throw new Error(`public/boot.js does not minify: ${errors[0]?.message}`)
  return code.trim()
}

/** The SHA-256 of a script's text, as a Content-Security-Policy source: 'sha256-…'. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}
