// The side panel: four tabs over the CareerPilot API. All rendering goes through lib/render.js (textContent only).
import { setUpChat } from "./chat.js";
import { loadApprovals, loadTracker, setUpLists } from "./lists.js";
import { setUpPage } from "./page.js";
import { busy } from "./ui.js";

const TABS = ["page", "chat", "approvals", "tracker"];
const ON_OPEN = { approvals: loadApprovals, tracker: loadTracker };

function select(name) {
  for (const tab of TABS) {
    const active = tab === name;
    document.getElementById(`tab-${tab}`).setAttribute("aria-selected", String(active));
    document.getElementById(`panel-${tab}`).hidden = !active;
  }
  if (ON_OPEN[name]) busy(document.getElementById(`tab-${name}`), ON_OPEN[name]);
}

function setUpTabs() {
  for (const tab of TABS) document.getElementById(`tab-${tab}`).addEventListener("click", () => select(tab));
  document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
}

setUpTabs();
setUpPage();
setUpChat();
setUpLists();
