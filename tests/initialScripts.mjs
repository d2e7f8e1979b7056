// The JavaScript a built page starts with, read from its own HTML, so the size budget
// (tests/size-budget.mjs) and the bench (bench/pages.mjs) count the same files: the scripts and
// modulepreloads in the markup, and the entry and static imports the inline boot script names
// (vite.config.ts, criticalFirst).

/** The addresses of the page's initial script files, each once. */
export function initialScripts(html) {
  return [
    ...new Set([
      ...[...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<script[^>]+data-entry="([^"]+\.js)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<script[^>]+data-modules="([^"]*)"/g)].flatMap((m) => m[1].split(' ').filter(Boolean)),
    ]),
  ]
}

/** The text of each inline script (public/boot.js, inlined by the build): JavaScript of the page too. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
}
