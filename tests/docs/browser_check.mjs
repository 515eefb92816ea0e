// Opens the built docs site in headless Chromium (Debian's /usr/bin/chromium via playwright-core)
// and checks what a reader sees: no console errors, no request leaving the local server, and a
// search that finds an operation. Run by tests/docs/test_site.py:
//
//   node tests/docs/browser_check.mjs <base url> <screenshot dir> <group page> <query> <href part> \
//     [<site dir>]
//
// With <site dir>, search is also tried on the site opened from disk (file://), where the
// offline plugin's inlined index and the local iframe-worker shim must carry it.
// Prints one JSON report on stdout; exits 1 when a check fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const [baseUrl, shotDir, groupPage, query, expectedHref, siteDir] = process.argv.slice(2);
if (!expectedHref) {
  console.error("usage: browser_check.mjs <base url> <screenshot dir> <group page> <query> <href part>");
  process.exit(2);
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runapi-docs-chromium-"));
const report = { pages: {}, external: [], failed: [], search: { query, hrefs: [] }, ok: false };
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});

try {
  const origin = new URL(baseUrl).origin;
  context.on("request", (request) => {
    const url = request.url();
    const local = [origin, "data:", "blob:", "file:", "about:"].some((p) => url.startsWith(p));
    if (!local) {
      report.external.push(url);
    }
  });
  context.on("requestfailed", (request) => {
    report.failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`);
  });

  async function visit(name, relative) {
    const page = await context.newPage();
    const errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    const response = await page.goto(new URL(relative, baseUrl).href, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const title = await page.title();
    report.pages[name] = { url: page.url(), status: response?.status() ?? 0, title, errors };
    await page.screenshot({ path: path.join(shotDir, `${name}.png`) });
    return page;
  }

  await (await visit("home", "index.html")).close();
  await (await visit("group", groupPage)).close();

  // Search from a fresh home page; the box is in the header at this width.
  const home = await context.newPage();
  await home.goto(new URL("index.html", baseUrl).href, { waitUntil: "load" });
  await home.locator("input.md-search__input").click();
  const input = home.locator("input.md-search__input");
  await input.fill(query);
  // A hang guard, not a speed target: lunr builds the index in a web worker, slow on a busy machine.
  await home.waitForSelector(".md-search-result__item", { timeout: 60000 });
  await home.waitForTimeout(300); // let the result list settle before the screenshot
  report.search.hrefs = await home.$$eval(".md-search-result a", (links) =>
    links.map((link) => link.getAttribute("href") || ""),
  );
  report.search.meta = await home.locator(".md-search-result__meta").innerText();
  await home.screenshot({ path: path.join(shotDir, "search.png") });

  if (siteDir) {
    // From disk the index loads into an iframe "worker" first; keep retyping until it answers.
    const local = await context.newPage();
    const errors = [];
    local.on("pageerror", (error) => errors.push(String(error)));
    await local.goto(`file://${path.resolve(siteDir)}/index.html`, { waitUntil: "load" });
    await local.waitForFunction(() => typeof window.__index === "object", null, { timeout: 15000 });
    const box = local.locator("input.md-search__input");
    let count = 0;
    for (let attempt = 0; attempt < 15 && count === 0; attempt++) {
      await local.waitForTimeout(1000);
      await box.click();
      await box.press("Control+A");
      await local.keyboard.type(query);
      await local.waitForTimeout(1000);
      count = await local.locator(".md-search-result__item").count();
    }
    report.fileSearch = { results: count, errors };
    await local.close();
  }

  const errorFree = Object.values(report.pages).every((p) => p.status === 200 && p.errors.length === 0);
  // Result links carry the highlight query (`page.html?h=words#anchor`): compare page and anchor.
  const [expectedPage, expectedAnchor] = expectedHref.split("#");
  const found = report.search.hrefs.some((href) => {
    const url = new URL(href, baseUrl);
    return url.pathname.endsWith(`/${expectedPage}`) && url.hash === `#${expectedAnchor}`;
  });
  report.search.found = found;
  const fileOk = !siteDir || (report.fileSearch.results > 0 && report.fileSearch.errors.length === 0);
  report.ok =
    errorFree && found && fileOk && report.external.length === 0 && report.failed.length === 0;
} catch (error) {
  report.error = String(error && error.stack ? error.stack : error);
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

console.log(JSON.stringify(report, null, 2));
process.exit(report.ok ? 0 : 1);
