// Approvals (the same review gate as the CLI: decisions go to the run) and the tracker.
import { storedClient } from "../lib/api.js";
import { el, outcomeOf, renderApproval, renderOutcome, renderTracker } from "../lib/render.js";
import { busy, show } from "./ui.js";

const $ = (id) => document.getElementById(id);

async function decide(api, pending, action, card) {
  const buttons = [...card.querySelectorAll(".actions button")];
  const status = card.querySelector(".decision");
  await busy(buttons[0], async () => {
    buttons.forEach((b) => { b.disabled = true; });
    const runId = pending.run_id;
    // An approval names the view the person saw on this card (its digest): the server refuses a stale one.
    const decision = { application_id: pending.application_id, action };
    if (action === "approve") decision.reviewed = pending.digest;
    try {
      await api.decide(runId, decision);
    } catch (error) {
      buttons.forEach((b) => { b.disabled = false; });
      throw error;
    }
    status.replaceChildren(el(document, "p", { text: action === "approve" ? "Approved: the agent is applying…" : "Rejected." }));
    // The run goes on in the background: follow it until it ends or waits again, then say what happened to this one.
    const final = await api.followRun(runId);
    const summary = await api.run(runId);
    status.replaceChildren(renderOutcome(document, action, outcomeOf(summary, pending.application_id), final && final.status));
    card.querySelector(".actions").remove(); // decided: the card stays to show the outcome until the next refresh
    card.classList.add("decided");
  });
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el(document, "a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Wire a card's document buttons: each fetches the file with the key, then opens it in a tab or saves it. */
function wireDocuments(api, item, card) {
  for (const button of card.querySelectorAll(".documents button")) {
    const kind = button.dataset.kind;
    button.addEventListener("click", () => busy(button, async () => {
      const blob = await api.applicationDocument(item.application_id, kind);
      if (button.classList.contains("doc-open")) {
        await chrome.tabs.create({ url: URL.createObjectURL(blob) });
      } else {
        const extension = kind.endsWith("_pdf") ? "pdf" : "html";
        saveBlob(blob, `${kind.replace(/_(pdf|html)$/, "")}-${item.job.company || "job"}.${extension}`.replace(/[^\w.-]+/g, "-"));
      }
    }));
  }
}

/** Load the applications waiting for approval. */
export async function loadApprovals() {
  const api = await storedClient();
  const pending = await api.approvals();
  if (!pending.length) {
    show($("approvals-list"), el(document, "p", { className: "empty", text: "Nothing waits for your approval." }));
    return;
  }
  show($("approvals-list"), ...pending.map((item) => {
    const card = renderApproval(document, item);
    card.querySelector("button.approve").addEventListener("click", () => decide(api, item, "approve", card));
    card.querySelector("button.reject").addEventListener("click", () => decide(api, item, "reject", card));
    wireDocuments(api, item, card);
    return card;
  }));
}

/** Load the tracked applications, grouped by status. */
export async function loadTracker() {
  const api = await storedClient();
  show($("tracker-list"), renderTracker(document, await api.tracker()));
}

/** Wire the refresh buttons. */
export function setUpLists() {
  $("approvals-refresh").addEventListener("click", (e) => busy(e.currentTarget, loadApprovals));
  $("tracker-refresh").addEventListener("click", (e) => busy(e.currentTarget, loadTracker));
}
