// Chat: messages to the agent, its reply streamed token by token, its tool use shown as compact steps.
import { storedClient } from "../lib/api.js";
import { el, renderToolStep } from "../lib/render.js";
import { busy, describe } from "./ui.js";

const $ = (id) => document.getElementById(id);

async function sessionId() {
  const { chatSession } = await chrome.storage.session.get("chatSession");
  return chatSession || null;
}

async function withJobContext(text) {
  // "Why is this a 62?" needs to know what "this" is: name the job on screen (data from the API, not the page).
  const { currentJob } = await chrome.storage.session.get("currentJob");
  if (!currentJob) return text;
  const job = `${currentJob.title}${currentJob.company ? ` at ${currentJob.company}` : ""}`;
  return `(The job on my screen: job_id ${currentJob.id}, ${job}.)\n${text}`;
}

function bubble(className, text = "") {
  const item = el(document, "li", { className, text });
  $("chat-log").append(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

async function send() {
  const input = $("chat-input");
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  bubble("user", text);
  const steps = el(document, "ol", { className: "tool-steps" });
  const reply = el(document, "div", { className: "reply" });
  const answer = el(document, "li", { className: "assistant" }, [steps, reply]);
  $("chat-log").append(answer);
  let streamed = "";
  const onEvent = async ({ event, data }) => {
    if (event === "session") await chrome.storage.session.set({ chatSession: data.session_id });
    else if (event === "token") {
      streamed += data.text;
      reply.textContent = streamed;
    } else if (event === "tool_call") steps.append(renderToolStep(document, data));
    else if (event === "tool_result") {
      const step = [...steps.children].find((s) => s.getAttribute("data-call-id") === String(data.id || ""));
      if (step) step.className = `tool-step ${data.ok ? "ok" : "failed"}`;
    } else if (event === "message") reply.textContent = data.text || streamed;
    else if (event === "error") reply.append(el(document, "span", { className: "error", text: data.message }));
    answer.scrollIntoView({ block: "end" });
  };
  try {
    const api = await storedClient();
    await api.chat(await withJobContext(text), await sessionId(), onEvent);
  } catch (error) {
    reply.append(el(document, "span", { className: "error", text: describe(error) }));
  }
}

/** Wire the chat form. */
export function setUpChat() {
  const button = $("chat-send");
  $("chat-form").addEventListener("submit", (event) => {
    event.preventDefault();
    busy(button, send);
  });
  $("chat-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      $("chat-form").requestSubmit();
    }
  });
  $("chat-new").addEventListener("click", async () => {
    await chrome.storage.session.remove("chatSession");
    $("chat-log").replaceChildren();
  });
}
