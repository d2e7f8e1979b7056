// What the browser actually downloads for each view before the page is idle:
// the gzip size of every JS and CSS response body, per view.
import { gzipSync } from "node:zlib";

export async function measureSizes(browser, baseUrl, views) {
  const rows = [];
  for (const view of views) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const pending = [];
    page.on("response", (res) => {
      const type = res.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      pending.push(
        res
          .body()
          .then((body) => ({
            url: new URL(res.url()).pathname,
            type,
            gzip: gzipSync(body).length,
          }))
          .catch(() => null),
      );
    });
    await page.goto(baseUrl + view.path, { waitUntil: "networkidle" });
    const files = (await Promise.all(pending)).filter(Boolean);
    const unique = [...new Map(files.map((f) => [f.url, f])).values()];
    const js = unique
      .filter((f) => f.type === "script")
      .reduce((s, f) => s + f.gzip, 0);
    const css = unique
      .filter((f) => f.type === "stylesheet")
      .reduce((s, f) => s + f.gzip, 0);
    rows.push({
      view: view.name,
      path: view.path,
      jsKb: js / 1024,
      cssKb: css / 1024,
      totalKb: (js + css) / 1024,
      files: unique.map((f) => f.url),
    });
    await context.close();
  }
  return rows;
}
