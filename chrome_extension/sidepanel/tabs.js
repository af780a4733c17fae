// The browser tab the panel works on, and running the injected scripts in it.

const ACCESS_HELP =
  "CareerPilot can read a page only after you click its toolbar button on that page (Chrome's activeTab rule): " +
  "click the CareerPilot button, then try again.";

/** Return the id of the tab to read: ?tab=<id> when given, else the active tab of the panel's window. */
export async function targetTabId() {
  const param = new URLSearchParams(window.location.search).get("tab");
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) throw new Error("There is no open tab to read.");
  return tab.id;
}

function readable(error) {
  const text = String(error && error.message ? error.message : error);
  if (/cannot access|permission|manifest must request/i.test(text)) return new Error(ACCESS_HELP);
  if (/chrome:\/\/|chrome-extension:|webstore|extensions gallery/i.test(text)) {
    return new Error("Chrome does not let extensions read this kind of page; open a job posting.");
  }
  if (/no tab with id/i.test(text)) return new Error("That tab is closed; open the job page again.");
  return new Error(`Could not read the page: ${text}`);
}

/** Inject a script file into the tab's top frame and return its completion value. */
export async function runFile(tabId, file) {
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
    return result ? result.result : undefined;
  } catch (error) {
    throw readable(error);
  }
}

/** Run a function in the tab (same isolated world as the injected files) and return its result. */
export async function runFunction(tabId, func, args = []) {
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
    return result ? result.result : undefined;
  } catch (error) {
    throw readable(error);
  }
}
