// Renders the dashboard from the JSON the server embedded. Every string goes in with textContent, never innerHTML:
// titles and companies come from job postings, which are untrusted.
"use strict";

const STATUS_ORDER = ["shortlisted", "drafted", "approved", "submitted", "interviewing", "offer", "rejected",
  "withdrawn", "dismissed", "discovered"];
const FUNNEL_ORDER = ["discovered", "matched", "applied", "responded", "interview"];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function readData() {
  return JSON.parse(document.getElementById("dashboard-data").textContent);
}

function renderCard(card) {
  const item = el("li", "card");
  item.dataset.id = card.id;
  item.appendChild(el("span", "card-title", card.title));
  item.appendChild(el("span", "card-company", card.company || "?"));
  const meta = el("span", "card-meta");
  const score = card.score === null || card.score === undefined ? "–" : Math.round(card.score);
  meta.textContent = `score ${score} · ${card.source || "?"}`;
  if (card.next_action_at) meta.textContent += ` · next ${card.next_action_at.slice(0, 10)}`;
  item.appendChild(meta);
  if (card.flagged && card.flagged.length) item.appendChild(renderFlag(card.flagged));
  return item;
}

// A posting with text written to instruct an AI ("ignore previous instructions") says so on its card; the passages
// are shown (as text) in the title, never followed and never counted as requirements.
function renderFlag(passages) {
  const flag = el("span", "card-flag", `⚑ flagged text (${passages.length})`);
  flag.title = `Instruction-like text in this posting, treated as data:\n${passages.join("\n")}`;
  flag.setAttribute("role", "note");
  return flag;
}

function renderBoard(board) {
  const root = document.getElementById("board");
  root.replaceChildren();
  const statuses = STATUS_ORDER.filter((s) => s in board).concat(Object.keys(board).filter((s) => !STATUS_ORDER.includes(s)));
  for (const status of statuses) {
    const cards = board[status];
    if (!cards.length && ["discovered", "dismissed", "withdrawn"].includes(status)) continue;
    const column = el("section", "column");
    column.dataset.status = status;
    const head = el("h3", "column-head");
    head.appendChild(el("span", "column-name", status));
    head.appendChild(el("span", "column-count", cards.length));
    column.appendChild(head);
    const list = el("ol", "cards");
    for (const card of cards) list.appendChild(renderCard(card));
    column.appendChild(list);
    root.appendChild(column);
  }
}

function renderFunnel(funnel) {
  const list = document.getElementById("funnel-list");
  list.replaceChildren();
  for (const step of FUNNEL_ORDER) {
    const item = el("li", "funnel-step");
    item.dataset.step = step;
    item.appendChild(el("span", "funnel-name", step));
    item.appendChild(el("span", "funnel-value", funnel[step] ?? 0));
    list.appendChild(item);
  }
  return new Chart(document.getElementById("funnel-chart"), {
    type: "bar",
    data: {
      labels: FUNNEL_ORDER,
      datasets: [{ label: "applications", data: FUNNEL_ORDER.map((s) => funnel[s] ?? 0),
        backgroundColor: ["#94a3b8", "#60a5fa", "#3b82f6", "#6366f1", "#22c55e"] }],
    },
    options: { indexAxis: "y", animation: false, responsive: true, plugins: { legend: { display: false } } },
  });
}

function renderSources(sources) {
  const body = document.querySelector("#sources-table tbody");
  body.replaceChildren();
  for (const row of sources) {
    const tr = el("tr");
    tr.dataset.source = row.source;
    const rate = row.applied ? Math.round((100 * row.responded) / row.applied) : 0;
    for (const value of [row.source || "?", row.applied, row.responded, `${rate}%`]) tr.appendChild(el("td", null, value));
    body.appendChild(tr);
  }
  return new Chart(document.getElementById("sources-chart"), {
    type: "bar",
    data: {
      labels: sources.map((s) => s.source || "?"),
      datasets: [{ label: "response rate %", backgroundColor: "#3b82f6",
        data: sources.map((s) => (s.applied ? (100 * s.responded) / s.applied : 0)) }],
    },
    options: { animation: false, responsive: true, scales: { y: { min: 0, max: 100 } },
      plugins: { legend: { display: false } } },
  });
}

function render(data) {
  const total = Object.values(data.board).reduce((n, cards) => n + cards.length, 0);
  document.getElementById("summary").textContent =
    `${total} applications · updated ${new Date(data.generated_at).toLocaleString()}`;
  renderBoard(data.board);
  const charts = [renderFunnel(data.funnel), renderSources(data.sources)];
  document.body.dataset.ready = "true";
  return charts;
}

render(readData());
