// "This page": capture the posting, score it through the API, show why, act on it; and fill the application form.
import { storedClient } from "../lib/api.js";
import { el, renderBrief, renderFillReport, renderJobHeader, renderMatch } from "../lib/render.js";
import { runFile, runFunction, targetTabId } from "./tabs.js";
import { busy, notify, show } from "./ui.js";

const $ = (id) => document.getElementById(id);
/** The job on screen; its id, title and company also go to session storage so the chat can refer to it. */
export const current = { job: null, match: null, application: null, capture: null };

function hint(text) {
  $("page-hint").textContent = text;
  $("page-hint").hidden = !text;
}

async function extract(tabId) {
  const capture = await runFile(tabId, "scripts/extract-job.js");
  if (!capture || capture.source === "error") {
    throw new Error(`Could not read this page${capture && capture.error ? `: ${capture.error}` : "."}`);
  }
  return capture;
}

async function score(capture, posting) {
  const api = await storedClient();
  const result = await api.fromPage({ url: capture.url, jsonld: posting });
  Object.assign(current, { job: result.job, match: result.match, application: null, capture });
  await chrome.storage.session.set({ currentJob: { id: result.job.id, title: result.job.title, company: result.job.company } });
  show($("page-result"), renderJobHeader(document, result.job), renderMatch(document, result.match));
  show($("action-result"));
  $("job-actions").hidden = false;
  hint("");
  show($("page-brief"));
  if (result.job.company) {
    api.companyBrief(result.job.company).then(
      (brief) => show($("page-brief"), renderBrief(document, brief)),
      () => show($("page-brief")), // a brief is extra: no stored postings from the company yet is not an error
    );
  }
}

async function capturePage() {
  const capture = await extract(await targetTabId());
  $("use-selection").hidden = !(capture.selection && capture.source !== "selection");
  if (!capture.posting) {
    show($("page-result"));
    $("job-actions").hidden = true;
    hint("No job posting found on this page. Select the posting's text and press the button again.");
    return;
  }
  await score(capture, capture.posting);
}

async function useSelection() {
  const capture = await extract(await targetTabId());
  if (!capture.selection) {
    notify("Nothing is selected on the page.");
    return;
  }
  const posting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: capture.pageTitle || capture.selection.split("\n")[0].slice(0, 200),
    description: capture.selection,
    url: capture.url,
  };
  await score({ ...capture, source: "selection" }, posting);
}

async function ensureTracked(api) {
  if (!current.application) current.application = await api.track(current.job.id);
  return current.application;
}

async function track() {
  const api = await storedClient();
  const application = await ensureTracked(api);
  show($("action-result"), el(document, "p", { className: "done", text: `Saved to your tracker (${application.status}).` }));
}

async function openBlob(blob) {
  const url = URL.createObjectURL(blob);
  await chrome.tabs.create({ url });
}

async function tailor() {
  const api = await storedClient();
  const docs = await api.tailor(current.job.id);
  const open = el(document, "button", { className: "link", text: "Open tailored resume (PDF)", attrs: { type: "button" } });
  open.addEventListener("click", () => busy(open, async () => openBlob(await api.document(current.job.id, "resume", "pdf"))));
  const notes = (docs.notes || []).map((note) => el(document, "p", { className: "note", text: note }));
  show($("action-result"), el(document, "p", { className: "done", text: "Tailored resume written." }), open, ...notes);
}

async function coverLetter() {
  const api = await storedClient();
  await api.tailor(current.job.id);
  const text = await (await api.document(current.job.id, "cover_letter", "text")).text();
  show($("action-result"), el(document, "h3", { text: "Cover letter draft" }), el(document, "pre", { className: "letter", text }));
}

async function queue() {
  const api = await storedClient();
  const application = await api.queueForApproval(current.job.id);
  current.application = application;
  show($("action-result"), el(document, "p", { className: "done", text: "Queued: approve it in the Approvals tab." }));
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function documentFiles(api, answers) {
  // File fields get the tailored document itself, fetched with the key here, never by the page.
  const files = {};
  for (const answer of answers.filter((a) => a.kind === "file" && a.document && current.job)) {
    try {
      const blob = await api.document(current.job.id, answer.document, "pdf");
      files[answer.key] = { name: `${answer.document}.pdf`, type: "application/pdf", base64: toBase64(await blob.arrayBuffer()) };
    } catch (error) {
      notify(`${answer.label}: attach your ${answer.document.replace("_", " ")} yourself (${error.message})`, "info");
    }
  }
  return files;
}

async function autofill() {
  const tabId = await targetTabId();
  await runFile(tabId, "scripts/autofill.js");
  const form = await runFunction(tabId, () => globalThis.__careerpilotAutofill.scan());
  if (!form.fields.length) {
    show($("autofill-result"), el(document, "p", { className: "hint", text: "No form fields on this page." }));
    return;
  }
  const api = await storedClient();
  const reply = await api.formAnswers({ url: form.url, job_id: current.job ? current.job.id : null, fields: form.fields });
  const request = {
    answers: reply.answers,
    files: await documentFiles(api, reply.answers),
    needsYou: (reply.unanswered || []).map((f) => f.key),
  };
  const report = await runFunction(tabId, (r) => globalThis.__careerpilotAutofill.fill(r), [request]);
  show($("autofill-result"), renderFillReport(document, report, reply.unanswered || []));
  watchForConfirmation(tabId);
}

let watching = null;

function watchForConfirmation(tabId) {
  // After the person submits, the page changes; when it says the application was received, offer to record it.
  if (watching) chrome.tabs.onUpdated.removeListener(watching);
  const listener = async (updatedId, info) => {
    if (updatedId !== tabId || info.status !== "complete") return;
    try {
      await runFile(tabId, "scripts/autofill.js");
      const confirmed = await runFunction(tabId, () => globalThis.__careerpilotAutofill.confirmation());
      if (confirmed) {
        chrome.tabs.onUpdated.removeListener(listener);
        notify("This page says your application was received: press “Mark as applied” to record it.", "info");
        $("mark-applied").classList.add("primary");
      }
    } catch (error) {
      chrome.tabs.onUpdated.removeListener(listener); // the tab left for a page the extension may not read
    }
  };
  watching = listener;
  chrome.tabs.onUpdated.addListener(listener);
}

async function markApplied() {
  const api = await storedClient();
  if (!current.job) {
    notify("Score the job first (on its posting or form page), so CareerPilot knows which job you applied to.");
    return;
  }
  const application = await api.markApplied(current.job.id);
  current.application = application;
  $("mark-applied").classList.remove("primary");
  show($("autofill-result"), el(document, "p", { className: "done", text: `Recorded: ${application.status}.` }));
}

/** Wire the buttons of the "This page" tab. */
export function setUpPage() {
  const actions = {
    capture: capturePage,
    "use-selection": useSelection,
    track,
    tailor,
    "cover-letter": coverLetter,
    queue,
    autofill,
    "mark-applied": markApplied,
  };
  for (const [id, action] of Object.entries(actions)) {
    const button = $(id);
    button.addEventListener("click", () => busy(button, action));
  }
}
