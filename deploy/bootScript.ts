import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * public/boot.js as the built pages inline it (vite.config.ts, criticalFirst), without its comment
 * lines and indentation, since it is in every page: the one source of the script, which the dev
 * server serves as a file. The Content-Security-Policy allows it by its hash (scriptHash), in the
 * page's <meta> and in deploy/nginx/g20-dashboard.conf (tests/unit/bootScript.test.ts checks both).
 */
export function bootScript(root: string): string {
  return readFileSync(resolve(root, 'public/boot.js'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
}

/** The SHA-256 of a script's text, as a Content-Security-Policy source: 'sha256-…'. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}
