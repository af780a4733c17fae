// Test helpers: a linkedom DOM standing in for the page, and the injected scripts run in it the way
// chrome.scripting.executeScript runs a file (a classic script whose completion value is the result).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { parseHTML } from "linkedom";

export const EXTENSION = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = join(EXTENSION, "..");
// The read-only real pages (see their PROVENANCE.md) live in the repository's test data.
export const CAREER_PAGES = join(REPO, "tests", "data", "career_pages");
export const FORMS = join(REPO, "tests", "fixtures", "forms");

/** Parse HTML into a linkedom window whose location and selection are what a page would have. */
export function pageWindow(html, url = "https://jobs.example.com/posting/1", selection = "") {
  const { window, document } = parseHTML(html);
  const location = new URL(url);
  return { window, document, location, getSelection: () => ({ toString: () => selection }) };
}

/** Run an extension script file in a page's context and return its completion value. */
export function runScript(relativePath, page, extra = {}) {
  const source = readFileSync(join(EXTENSION, relativePath), "utf8");
  const win = { location: page.location, getSelection: page.getSelection, ...extra };
  const context = vm.createContext({ document: page.document, window: win, globalThis: win, ...extra });
  return vm.runInContext(source, context, { filename: relativePath });
}

/** Extract the posting from HTML as the side panel would get it. */
export function extract(html, url, selection) {
  return runScript("scripts/extract-job.js", pageWindow(html, url, selection));
}

export function careerPage(name) {
  return readFileSync(join(CAREER_PAGES, name), "utf8");
}

/** Run an extension script file in a page's context and return that context (its globals). */
export function loadScript(relativePath, page) {
  const source = readFileSync(join(EXTENSION, relativePath), "utf8");
  const win = { location: page.location, getSelection: page.getSelection };
  const context = vm.createContext({ document: page.document, window: win, Event: page.window.Event });
  vm.runInContext(source, context, { filename: relativePath });
  return context;
}

export function formPage(name, url = "https://boards.greenhouse.io/acme/jobs/4012345") {
  return pageWindow(readFileSync(join(FORMS, name), "utf8"), url);
}
