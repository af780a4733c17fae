// Rendering helpers for the side panel. Every string from the API or a page is untrusted: it goes into the DOM
// with textContent or as an attribute value, never as HTML. Each helper returns a detached element.

/** Create an element with a class, text and attributes (text always via textContent). */
export function el(doc, tag, { className, text, attrs } = {}, children = []) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Return a link only for http(s) URLs (never javascript: or data:), opening in a new tab. */
export function safeLink(doc, href, text, className) {
  let url = null;
  try {
    url = new URL(String(href || ""));
  } catch (error) {
    url = null;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return el(doc, "span", { className, text });
  }
  return el(doc, "a", { className, text, attrs: { href: url.href, target: "_blank", rel: "noopener noreferrer" } });
}

/**
 * Say how strong a 0-100 score is: "strong" from 70 (the shortlist threshold), "fair" from 50, else "weak";
 * "low confidence" whatever the score when the match says it had too little to go on (confidence under 0.6).
 */
export function scoreBand(score, confidence = 1) {
  if (typeof score !== "number" || Number.isNaN(score)) return "unknown";
  if (typeof confidence === "number" && confidence < 0.6) return "low confidence";
  if (score >= 70) return "strong";
  if (score >= 50) return "fair";
  return "weak";
}

/** Cut a text to at most `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text, max) {
  const value = String(text || "");
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

function list(doc, className, items, render) {
  return el(doc, "ul", { className }, items.map((item) => el(doc, "li", {}, [render(item)].flat())));
}

function placeText(job) {
  if (typeof job.location === "string") return job.location; // a job summary has its places on one line
  const places = (job.locations || []).map((loc) => loc.text || [loc.city, loc.region, loc.country].filter(Boolean).join(", "));
  const where = places.filter(Boolean).join(" · ");
  return [where, job.remote ? "remote" : ""].filter(Boolean).join(" · ");
}

/** Return the flagged passages of a posting (a full posting has objects, a job summary their sentences). */
export function flaggedPassages(job) {
  const passages = (job.flagged || []).map((flag) => (typeof flag === "string" ? flag : flag.context || flag.text || ""));
  return [...new Set(passages.filter(Boolean))]; // two flags in one sentence show it once
}

/** Render the notice for text in a posting that is written to instruct an AI: shown, never obeyed. */
export function renderFlags(doc, job) {
  const passages = flaggedPassages(job);
  if (!passages.length) return null;
  return el(doc, "div", { className: "job-flags", attrs: { role: "note" } }, [
    el(doc, "p", { className: "flag-title", text: `⚑ Flagged text (${passages.length})` }),
    el(doc, "p", { className: "flag-why", text: "This posting holds text written to instruct an AI. CareerPilot shows it here, never follows it and never counts it as a requirement." }),
    list(doc, "flag-passages", passages, (passage) => el(doc, "span", { text: shorten(passage, 240) })),
  ]);
}

/** Render a posting's header: title, company, place, a link to the posting, and any flagged text. */
export function renderJobHeader(doc, job) {
  return el(doc, "div", { className: "job-header" }, [
    el(doc, "h2", { className: "job-title", text: job.title || "Untitled posting" }),
    el(doc, "p", { className: "job-company", text: [job.company, placeText(job)].filter(Boolean).join(" — ") }),
    job.url ? safeLink(doc, job.url, "Open posting", "job-link") : null,
    renderFlags(doc, job),
  ]);
}

/** Render what a language model wrote about a match, labelled as the model's words (not CareerPilot's reasons). */
export function renderModelNote(doc, note) {
  if (!note || !note.text) return null;
  return el(doc, "p", { className: "model-note" }, [
    el(doc, "span", { className: "model-note-label", text: note.model ? `Model's note (${note.model}): ` : "Model's note: " }),
    el(doc, "span", { className: "model-note-text", text: shorten(note.text, 280) }),
  ]);
}

/** Render a match: the score, why, what the model said (labelled), what the resume covers and what is missing. */
export function renderMatch(doc, match) {
  const score = Math.round(match.score);
  const band = scoreBand(match.score, match.confidence);
  // The matched terms and missing list are the short form; requirement checks stand in when they are empty.
  const checks = match.requirements || [];
  const met = checks.filter((check) => check.status === "met" || check.status === "partial");
  const matched = (match.matched || []).length
    ? match.matched.map((term) => ({ what: term.term, evidence: term.evidence }))
    : met.map((check) => ({ what: check.requirement.text, evidence: check.evidence, partial: check.status === "partial" }));
  const missing = (match.missing || []).length
    ? match.missing
    : checks.filter((check) => check.status === "missing").map((check) => check.requirement.text);
  return el(doc, "div", { className: "match" }, [
    el(doc, "div", { className: `score score-${band.replace(" ", "-")}`, attrs: { "aria-label": `match score ${score} of 100` } }, [
      el(doc, "span", { className: "score-value", text: String(score) }),
      el(doc, "span", { className: "score-label", text: `/ 100 · ${band}` }),
    ]),
    match.excluded ? el(doc, "p", { className: "excluded", text: "Excluded by your filters" }) : null,
    (match.reasons || []).length ? list(doc, "reasons", match.reasons, (reason) => el(doc, "span", { text: reason })) : null,
    renderModelNote(doc, match.model_note),
    el(doc, "h3", { text: `Matched (${matched.length})` }),
    list(doc, "matched", matched, (item) => [
      el(doc, "span", { className: "requirement", text: item.partial ? `${item.what} (partly)` : item.what }),
      item.evidence ? el(doc, "span", { className: "evidence", text: shorten(item.evidence, 160) }) : null,
    ].filter(Boolean)),
    el(doc, "h3", { text: `Missing (${missing.length})` }),
    list(doc, "missing", missing, (text) => el(doc, "span", { className: "requirement", text })),
  ]);
}

/** Render a company brief: what it does, size and stage, news, and every source it was built from. */
export function renderBrief(doc, brief) {
  const facts = [brief.size, brief.stage].filter(Boolean);
  const sources = brief.sources || [];
  const basis = `Built from ${sources.length} source${sources.length === 1 ? "" : "s"}`
    + (brief.searched ? ", including a web search:" : " (no web search):");
  return el(doc, "div", { className: "brief" }, [
    el(doc, "h3", { text: `About ${brief.company}` }),
    brief.summary ? el(doc, "p", { className: "summary", text: shorten(brief.summary, 400) }) : null,
    facts.length ? el(doc, "p", { className: "facts", text: facts.join(" · ") }) : null,
    (brief.keywords || []).length ? el(doc, "p", { className: "skills", text: `Keywords: ${brief.keywords.join(", ")}` }) : null,
    (brief.news || []).length ? list(doc, "news", brief.news, (line) => el(doc, "span", { text: line })) : null,
    el(doc, "p", { className: "note", text: basis }),
    sources.length ? list(doc, "sources", sources, (url) => safeLink(doc, url, url, "source")) : null,
  ]);
}

function fieldValue(field) {
  const value = [].concat(field.value ?? "").join(", ");
  return field.kind === "file" ? value.split(/[\\/]/).pop() : value; // a document's name, not its server path
}

const DOCUMENT_NAMES = { resume_pdf: "Tailored resume (PDF)", cover_letter_pdf: "Cover letter (PDF)", resume_html: "Tailored resume (HTML)" };

/**
 * Render the documents drafted for an application: open and download buttons per document (fetched with the key
 * by the panel, so they are buttons, not links), and the cover letter's text to read in place.
 */
export function renderDocuments(doc, pending) {
  const kinds = Object.keys(DOCUMENT_NAMES).filter((kind) => (pending.documents || {})[kind]);
  if (!kinds.length && !pending.cover_letter) return el(doc, "p", { className: "documents empty", text: "No documents were drafted for this application." });
  return el(doc, "div", { className: "documents" }, [
    el(doc, "h4", { text: "Documents" }),
    kinds.length ? el(doc, "ul", {}, kinds.map((kind) => el(doc, "li", { attrs: { "data-kind": kind } }, [
      el(doc, "span", { className: "doc-name", text: DOCUMENT_NAMES[kind] }),
      kind.endsWith("_pdf") ? el(doc, "button", { className: "link doc-open", text: "Open", attrs: { type: "button", "data-kind": kind } }) : null,
      el(doc, "button", { className: "link doc-download", text: "Download", attrs: { type: "button", "data-kind": kind } }),
    ]))) : null,
    pending.cover_letter ? el(doc, "details", { className: "letter" }, [
      el(doc, "summary", { text: "Read the cover letter" }),
      el(doc, "pre", { className: "letter", text: pending.cover_letter }),
    ]) : null,
  ]);
}

/**
 * Say whether the application form was read (and by which adapter), or why it could not be (the API's
 * `form_problem`: the person finishes that application on the site), with a link to the form.
 */
export function renderFormState(doc, form = {}, problem = null) {
  const link = form && form.url ? safeLink(doc, form.url, "Open the form", "form-link") : null;
  if (problem) {
    return el(doc, "div", { className: "form-state form-problem", attrs: { role: "note" } }, [
      el(doc, "p", { className: "form-problem-title", text: "The application form could not be read" }),
      el(doc, "p", { className: "form-problem-reason", text: problem }),
      link,
    ]);
  }
  const adapter = form && form.adapter ? ` by the ${form.adapter} adapter` : "";
  const verified = form && form.verified ? "" : " (not a verified adapter: you will finish it on the site)";
  return el(doc, "p", { className: "form-state form-read" }, [el(doc, "span", { text: `Form read${adapter}${verified}. ` }), link]);
}

/** Return the applier's last result for one application in a run summary (GET /runs/{id}), or null. */
export function outcomeOf(summary, applicationId) {
  const results = ((summary && summary.applied) || []).filter((r) => r.application_id === applicationId);
  return results.length ? results[results.length - 1] : null;
}

/**
 * Render what happened after a decision: submitted, needs you (with the link to finish it), failed, rejected,
 * or still waiting. `result` is an ApplyResult (null while none exists); `action` the person's decision.
 */
export function renderOutcome(doc, action, result, runStatus) {
  if (action === "reject") return el(doc, "p", { className: "outcome outcome-rejected", text: "Rejected: it will not be applied to." });
  if (!result) {
    const text = runStatus === "failed" ? "The run failed before applying: see the run's error." : "Approved: not applied yet (the run has not reached it).";
    return el(doc, "p", { className: "outcome outcome-waiting", text });
  }
  if (result.submitted) {
    return el(doc, "p", { className: "outcome outcome-submitted" }, [
      el(doc, "span", { text: "Submitted ✓ " }),
      result.url ? safeLink(doc, result.url, "Open the application page", "outcome-link") : null,
    ]);
  }
  const failed = result.state === "failed";
  return el(doc, "div", { className: `outcome ${failed ? "outcome-failed" : "outcome-needs-you"}` }, [
    el(doc, "p", { className: "outcome-title", text: failed ? "The submit failed" : "Needs you: the agent stopped before submitting" }),
    result.outcome ? el(doc, "p", { className: "outcome-reason", text: result.outcome }) : null,
    result.url ? safeLink(doc, result.url, failed ? "Open the form" : "Finish it on the site", "outcome-link") : null,
  ]);
}

/** Render one application waiting for approval (the API's pending view): documents, form state, every field with its source. */
export function renderApproval(doc, pending) {
  const { job, score } = pending;
  const fields = (pending.fields || []).map((field) =>
    el(doc, "li", {}, [
      el(doc, "span", { className: "field-label", text: field.label }),
      el(doc, "span", { className: "field-value", text: fieldValue(field) }),
      el(doc, "span", { className: "field-source", text: field.source ? `from ${field.source}` : "source not recorded" }),
    ]),
  );
  const unanswered = (pending.unanswered || []).map((field) => el(doc, "li", { text: field.label }));
  // What the verifier took out of the documents (or refused with an LLM draft), so the person sees it before approving.
  const removed = (pending.removed_sentences || []).map((item) =>
    el(doc, "li", {}, [
      el(doc, "span", { className: "removed-text", text: item.text }),
      el(doc, "span", { className: "removed-reason", text: item.reason }),
    ]),
  );
  return el(doc, "article", { className: "approval", attrs: { "data-application-id": pending.application_id } }, [
    renderJobHeader(doc, job),
    typeof score === "number" ? el(doc, "p", { className: `score-inline score-${scoreBand(score)}`, text: `Match ${Math.round(score)} / 100` }) : null,
    renderDocuments(doc, pending),
    renderFormState(doc, pending.form || {}, pending.form_problem),
    fields.length ? el(doc, "h4", { text: `Values to send (${fields.length})` }) : null,
    fields.length ? el(doc, "ul", { className: "fields" }, fields) : null,
    unanswered.length ? el(doc, "h4", { text: "Needs your answer" }) : null,
    unanswered.length ? el(doc, "ul", { className: "unanswered" }, unanswered) : null,
    removed.length ? el(doc, "h4", { text: "Removed by the verifier" }) : null,
    removed.length ? el(doc, "ul", { className: "removed" }, removed) : null,
    el(doc, "div", { className: "actions" }, [
      el(doc, "button", { className: "approve primary", text: "Approve", attrs: { type: "button" } }),
      el(doc, "button", { className: "reject", text: "Reject", attrs: { type: "button" } }),
    ]),
    el(doc, "div", { className: "decision", attrs: { role: "status" } }),
  ]);
}

export const STATUS_ORDER = [
  "needs_you", "drafted", "approved", "submitted", "interviewing", "offer",
  "shortlisted", "discovered", "rejected", "withdrawn", "dismissed",
];

/** Group tracked applications by status, in the order a person acts on them. */
export function groupByStatus(items) {
  const groups = new Map();
  for (const item of items) {
    const status = item.application.status;
    if (!groups.has(status)) groups.set(status, []);
    groups.get(status).push(item);
  }
  const rank = (status) => (STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** Render the tracker: one section per status, each application with its job link. */
export function renderTracker(doc, items) {
  if (!items.length) return el(doc, "p", { className: "empty", text: "No applications tracked yet." });
  return el(doc, "div", { className: "tracker" }, groupByStatus(items).map(([status, group]) =>
    el(doc, "section", { className: `status-group status-${status}` }, [
      el(doc, "h3", { text: `${status.replace(/_/g, " ")} (${group.length})` }),
      el(doc, "ul", {}, group.map((item) => el(doc, "li", { attrs: { "data-application-id": item.application.id } }, [
        item.url ? safeLink(doc, item.url, item.title, "app-title") : el(doc, "span", { className: "app-title", text: item.title }),
        el(doc, "span", { className: "app-company", text: item.company || "" }),
        (item.flagged || []).length ? el(doc, "span", { className: "app-flag", text: "⚑ flagged text", attrs: { title: item.flagged.join("\n") } }) : null,
        typeof item.application.score === "number"
          ? el(doc, "span", { className: `score-inline score-${scoreBand(item.application.score)}`, text: String(Math.round(item.application.score)) })
          : null,
      ]))),
    ]),
  ));
}

/** Render one compact step of the agent's tool use ("search_jobs …", then ✓ or ✗). */
export function renderToolStep(doc, call) {
  const args = Object.entries(call.args || {}).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
  return el(doc, "li", { className: "tool-step running", attrs: { "data-call-id": call.id || "" } }, [
    el(doc, "span", { className: "tool-name", text: call.name }),
    el(doc, "span", { className: "tool-args", text: args.join(", ").slice(0, 120) }),
  ]);
}

/** Render what autofill did: each filled field with its source, and the fields left to the person. */
export function renderFillReport(doc, report, unanswered = []) {
  return el(doc, "div", { className: "fill-report" }, [
    el(doc, "p", { text: `Filled ${report.filled.length} field${report.filled.length === 1 ? "" : "s"}. Review them, then submit the form yourself.` }),
    list(doc, "filled", report.filled, (f) => [
      el(doc, "span", { className: "field-label", text: f.label }),
      el(doc, "span", { className: "field-source", text: f.source }),
    ]),
    unanswered.length ? el(doc, "h4", { text: "Needs your answer" }) : null,
    unanswered.length ? list(doc, "unanswered", unanswered, (f) => el(doc, "span", { text: f.label })) : null,
  ]);
}
