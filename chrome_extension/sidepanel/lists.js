// Approvals (the same review gate as the CLI: decisions go to the run) and the tracker.
import { storedClient } from "../lib/api.js";
import { el, renderApproval, renderTracker } from "../lib/render.js";
import { busy, show } from "./ui.js";

const $ = (id) => document.getElementById(id);

async function decide(api, pending, action, card) {
  const buttons = [...card.querySelectorAll("button")];
  const status = card.querySelector(".decision");
  await busy(buttons[0], async () => {
    buttons.forEach((b) => { b.disabled = true; });
    const runId = pending.run_id;
    // An approval names the view the person saw on this card (its digest): the server refuses a stale one.
    const decision = { application_id: pending.application_id, action };
    if (action === "approve") decision.reviewed = pending.digest;
    await api.decide(runId, decision);
    status.textContent = action === "approve" ? "Approved: the agent is applying…" : "Rejected.";
    // The run goes on in the background: follow it until it ends or waits again, then show what is left.
    const final = await api.followRun(runId);
    if (final && final.status === "failed") status.textContent = `The run failed: ${final.error || "see the server log"}`;
    await loadApprovals();
  });
  buttons.forEach((b) => { b.disabled = false; });
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
