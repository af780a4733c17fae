// Stateless: Chrome may stop this worker at any time, so it keeps nothing in memory.
// Its one job is to open the side panel when the toolbar button is clicked.

function openPanelOnActionClick() {
  chrome.sidePanel
    .setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error) => console.error("CareerPilot: cannot set the side panel behaviour:", error));
}

chrome.runtime.onInstalled.addListener(openPanelOnActionClick);
chrome.runtime.onStartup.addListener(openPanelOnActionClick);
