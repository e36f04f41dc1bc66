import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeServer } from "./helpers.js";

const docsDir = join(import.meta.dirname, "../generated/docs");
const screenshotDir = join(import.meta.dirname, "output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The source page's sections, in its order; every generated page has them in this order. */
const SECTIONS = [
  "Request Syntax",
  "Request Parameters",
  "Request Headers",
  "Request Elements",
  "Response Syntax",
  "Response Headers",
  "Response Elements",
  "Error Responses",
  "Sample Request",
  "Sample Response",
];

/** Serves generated/docs on a free 127.0.0.1 port. */
function serveDocs(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(docsDir, path);
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".css") ? "text/css" : undefined;
    if (!file.startsWith(docsDir) || !existsSync(file) || !type) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** How many distinct colours a PNG has: a blank or one-colour image has one or two. */
function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length && colours.size < 50; i += 4) {
    colours.add(image.data.readUInt32BE(i));
  }
  return colours.size;
}

describe("generated HTML docs in headless Chromium", () => {
  let browser: Browser;
  let served: { server: Server; url: string };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
    served = await serveDocs();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: 30_000,
    });
    mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (served) await closeServer(served.server);
  });

  it("shows the Initiate Multipart Upload page with every section in order and every table filled", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${served.url}/initiate-multipart-upload.html`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("Initiate Multipart Upload");

    // Nothing is wider than the window: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    const headings = await page.locator("h2").allTextContents();
    expect(headings.filter((heading) => SECTIONS.includes(heading))).toEqual(SECTIONS);

    // Each table: its header row, how many body rows, whether every row has text, and its rendered size.
    const tables = await page.locator("table").evaluateAll((elements) =>
      elements.map((table) => {
        const box = table.getBoundingClientRect();
        const rows = [...table.querySelectorAll("tbody tr")];
        return {
          header: [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? ""),
          rows: rows.length,
          emptyRows: rows.filter((row) => (row.textContent ?? "").trim() === "").length,
          width: box.width,
          height: box.height,
        };
      }),
    );
    const headers = tables.map((table) => table.header[0]);
    for (const first of ["Parameter", "Header", "Rule", "Element", "Status"]) expect(headers).toContain(first);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      expect(table.rows).toBeGreaterThan(0);
      expect(table.emptyRows).toBe(0);
      expect(table.width).toBeGreaterThan(300);
      expect(table.height).toBeGreaterThan(30);
    }
    // The shared stylesheet is applied.
    expect(
      await page
        .locator("th")
        .first()
        .evaluate((th) => getComputedStyle(th).backgroundColor),
    ).toBe("rgb(246, 248, 250)");
    // Specific content a reader looks for.
    await expect(page.locator("td:first-child > code", { hasText: /^x-amz-storage-class$/ }).count()).resolves.toBe(1);
    await expect(page.locator("td > code", { hasText: /^NoSuchBucket$/ }).count()).resolves.toBe(1);

    // The screenshot shows rendered tables, not a blank page; it is kept for reviewers under test/output/.
    const shot = await page.screenshot({ fullPage: true });
    writeFileSync(join(screenshotDir, "initiate-multipart-upload.png"), shot);
    const { width, height } = PNG.sync.read(shot);
    expect(width).toBe(1280);
    expect(height).toBeGreaterThan(2000);
    const errorTable = await page.locator("table").filter({ hasText: "NoSuchBucket" }).screenshot();
    expect(distinctColours(errorTable)).toBeGreaterThan(5);
    await page.close();
  });

  it("links the index page to every operation page", async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/index.html`);
    const links = await page.locator("table a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    // One page per operation of the spec, in the order of their names.
    const operations = readdirSync(join(import.meta.dirname, "../spec/operations"))
      .map((name) => name.replace(/\.yaml$/, ".html"))
      .sort();
    expect([...links].sort()).toEqual(operations);
    await page.click('table a[href="initiate-multipart-upload.html"]');
    await page.waitForURL(/initiate-multipart-upload\.html$/);
    expect(await page.locator("h1").textContent()).toBe("Initiate Multipart Upload");
    // The headers the page names without describing are described on the common page, with the operations using them.
    await page.click('a[href="common-headers.html"]');
    await page.waitForURL(/common-headers\.html$/);
    const rows = (await page.locator("tbody tr").allTextContents()).map((row) => row.trim());
    // Every signed operation uses Authorization; POST Object, signed by its form's policy, does not.
    const authorization = rows.find((row) => row.startsWith("Authorization")) ?? "";
    expect(authorization).toContain("Initiate Multipart Upload");
    expect(authorization.replace(/POST Object restore/g, "")).not.toContain("POST Object");
    expect(rows.some((row) => row.startsWith("x-reserved"))).toBe(true);
    await page.close();
  });
});
