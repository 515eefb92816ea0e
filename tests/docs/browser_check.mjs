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

  // Until the search worker has built its index, the result meta reads "Initializing search";
  // its first answer replaces the text ("Type to start searching" while the box is empty).
  // The query is typed after that: Material reads the box on key and focus events, and sends
  // what the box holds when the worker becomes ready.
  const searchReady = () =>
    !document.querySelector(".md-search-result__meta")?.textContent?.includes("Initializing search");
  // No CSS transition or animation still moving (the search overlay opening).
  const settled = () => document.getAnimations().every((a) => a.playState !== "running");

  async function homeAndSearch() {
    // Search from the home page once it is checked; the box is in the header at this width.
    // (One load of the page: each load builds the whole search index again.)
    const home = await visit("home", "index.html");
    const input = home.locator("input.md-search__input");
    await input.click();
    // Hang guards, not speed targets: lunr builds the index in a web worker, slow on a busy machine.
    await home.waitForFunction(searchReady, null, { timeout: 60000 });
    await input.fill(query);
    await input.press("End"); // the key event Material reads the box on
    await home.waitForSelector(".md-search-result__item", { timeout: 60000 });
    await home.waitForFunction(settled); // the result list in place before the screenshot
    report.search.hrefs = await home.$$eval(".md-search-result a", (links) =>
      links.map((link) => link.getAttribute("href") || ""),
    );
    report.search.meta = await home.locator(".md-search-result__meta").innerText();
    await home.screenshot({ path: path.join(shotDir, "search.png") });
    await home.close();
  }

  async function searchFromDisk() {
    // From disk the index loads into an iframe "worker" (the iframe-worker shim), started once
    // the box is used.
    const local = await context.newPage();
    const errors = [];
    local.on("pageerror", (error) => errors.push(String(error)));
    await local.goto(`file://${path.resolve(siteDir)}/index.html`, { waitUntil: "load" });
    await local.waitForFunction(() => typeof window.__index === "object", null, { timeout: 15000 });
    await local.locator("input.md-search__input").click();
    let count = 0;
    try {
      await local.waitForFunction(searchReady, null, { timeout: 60000 });
      await local.keyboard.type(query);
      await local.waitForSelector(".md-search-result__item", { timeout: 60000 });
      count = await local.locator(".md-search-result__item").count();
    } catch (error) {
      errors.push(`no search results from disk: ${error}`);
    }
    report.fileSearch = { results: count, errors };
    await local.close();
  }

  // The pages load side by side, each in its own tab of the one browser.
  await Promise.all([
    homeAndSearch(),
    visit("group", groupPage).then((page) => page.close()),
    siteDir ? searchFromDisk() : Promise.resolve(),
  ]);

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
