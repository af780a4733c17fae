// The single fetch wrapper: every call to the CareerPilot API goes through here. It reads the API URL and key
// from chrome.storage.local (extension pages only; the injected page scripts never touch storage), sends the
// key in X-API-Key, turns failures into ApiError with one readable sentence, and reads streamed chat replies.

export const DEFAULT_BASE_URL = "http://127.0.0.1:8765";
export const STORAGE_KEYS = Object.freeze({ baseUrl: "apiBaseUrl", apiKey: "apiKey" });
const KEY_HEADER = "X-API-Key";
const CREATE_KEY = "create one with 'careerpilot keys create extension' and paste it in the extension's options";

/** A failed API call: `kind` says what went wrong, `message` says it to a person. */
export class ApiError extends Error {
  constructor(kind, message, status = 0) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
  }
}

/** Return a base URL without trailing slashes, or throw ApiError("config") when it is not http(s). */
export function normalizeBaseUrl(value) {
  const text = String(value || "").trim() || DEFAULT_BASE_URL;
  let url;
  try {
    url = new URL(text);
  } catch (error) {
    throw new ApiError("config", `"${text}" is not a URL; use e.g. ${DEFAULT_BASE_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ApiError("config", `the API URL must start with http:// or https://, not ${url.protocol}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** Read the API URL and key from extension storage. */
export async function loadSettings(storage = globalThis.chrome?.storage?.local) {
  const stored = storage ? await storage.get([STORAGE_KEYS.baseUrl, STORAGE_KEYS.apiKey]) : {};
  return { baseUrl: stored[STORAGE_KEYS.baseUrl] || DEFAULT_BASE_URL, apiKey: stored[STORAGE_KEYS.apiKey] || "" };
}

/** Save the API URL and key to extension storage (the URL normalized first). */
export async function saveSettings({ baseUrl, apiKey }, storage = globalThis.chrome?.storage?.local) {
  const settings = { [STORAGE_KEYS.baseUrl]: normalizeBaseUrl(baseUrl), [STORAGE_KEYS.apiKey]: String(apiKey || "").trim() };
  await storage.set(settings);
  return { baseUrl: settings[STORAGE_KEYS.baseUrl], apiKey: settings[STORAGE_KEYS.apiKey] };
}

async function problemDetail(response) {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    return String(body.detail || body.title || "").slice(0, 300);
  } catch (error) {
    // Another server's error page: never shown raw (it is HTML, or anything); the status says enough.
    return /^\s*</.test(text) ? "" : text.slice(0, 200).replace(/[<>]/g, "");
  }
}

/** Turn a non-2xx response into an ApiError with a sentence a person can act on. */
export async function errorFor(response, baseUrl) {
  const detail = await problemDetail(response);
  const status = response.status;
  if (status === 401) return new ApiError("unauthorized", `The API at ${baseUrl} did not accept the API key: ${CREATE_KEY}.`, status);
  if (status === 403) return new ApiError("forbidden", `The API key was refused (${detail || "forbidden"}): ${CREATE_KEY}.`, status);
  if (status === 429) {
    const wait = response.headers.get("Retry-After");
    return new ApiError("rate_limited", `Too many requests to the API; try again${wait ? ` in ${wait} s` : " shortly"}.`, status);
  }
  if (status === 404) return new ApiError("not_found", detail || "Not found.", status);
  if (status === 503) return new ApiError("unavailable", detail || "The API cannot do this right now.", status);
  if (status >= 500) return new ApiError("server", `The API failed (${status}): ${detail || "see the server log"}.`, status);
  return new ApiError("rejected", detail || `The API refused the request (${status}).`, status);
}

/** Split a text/event-stream into events; push() text as it arrives, end() at the close. */
export function createSseParser(onEvent) {
  let buffer = "";
  let event = "message";
  let data = [];
  let id = null;
  function dispatch() {
    if (data.length) {
      const raw = data.join("\n");
      let parsed;
      try {
        parsed = JSON.parse(raw);
      } catch (error) {
        parsed = raw;
      }
      onEvent({ event, data: parsed, id });
    }
    event = "message";
    data = [];
    id = null;
  }
  function line(text) {
    if (text === "") return dispatch();
    if (text.startsWith(":")) return undefined;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? "" : text.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") id = value;
    return undefined;
  }
  return {
    push(chunk) {
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop();
      lines.forEach(line);
    },
    end() {
      if (buffer) line(buffer);
      buffer = "";
      dispatch();
    },
  };
}

/** Build a client for one API URL and key; `fetchImpl` is there for tests. */
export function createClient({ baseUrl, apiKey }, fetchImpl = globalThis.fetch.bind(globalThis)) {
  const root = normalizeBaseUrl(baseUrl);

  async function send(method, path, { body, auth = true, signal } = {}) {
    if (auth && !apiKey) throw new ApiError("no_key", `No API key yet: ${CREATE_KEY}.`);
    const headers = { Accept: "application/json" };
    if (auth) headers[KEY_HEADER] = apiKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        credentials: "omit",
        cache: "no-store",
      });
    } catch (error) {
      if (error && error.name === "AbortError") throw error;
      throw new ApiError("unreachable", `Cannot reach the CareerPilot API at ${root}: is 'careerpilot serve' running?`);
    }
    if (!response.ok) throw await errorFor(response, root);
    return response;
  }

  /** Tell "nothing listens" from "it answers, but not to this extension": an opaque no-cors request still lands. */
  async function unreachableOrBlocked() {
    try {
      await fetchImpl(`${root}/health`, { method: "GET", mode: "no-cors", credentials: "omit", cache: "no-store" });
      return blocked();
    } catch (error) {
      return new ApiError("unreachable", `Cannot reach the CareerPilot API at ${root}: is 'careerpilot serve' running?`);
    }
  }

  function blocked() {
    const origin = globalThis.location?.origin || "chrome-extension://<this extension's id>";
    return new ApiError("cors", `Something answers at ${root} but does not admit this extension: if it is CareerPilot, restart it with EXTENSION_ORIGIN=${origin}; otherwise check the API URL.`);
  }

  function notCareerPilot() {
    return new ApiError("not_careerpilot", `${root} answers, but it is not a CareerPilot API: check the API URL in the options.`);
  }

  async function json(method, path, options) {
    const response = await send(method, path, options);
    return response.status === 204 ? null : response.json();
  }

  const q = encodeURIComponent;
  return {
    baseUrl: root,
    health: () => json("GET", "/health", { auth: false }),
    /**
     * Check the server answers, is CareerPilot, admits this extension and accepts the key; resolve to /health.
     * Each failure is one sentence: not running, not admitting this extension (CORS), not CareerPilot, wrong key.
     */
    async checkConnection() {
      let health;
      try {
        health = await json("GET", "/health", { auth: false });
      } catch (error) {
        if (error.kind === "unreachable") throw await unreachableOrBlocked();
        throw notCareerPilot();
      }
      if (!health || health.service !== "careerpilot") throw notCareerPilot();
      try {
        await json("GET", "/runs?limit=1");
      } catch (error) {
        // /health needs no header; the keyed call does, and a server that does not admit us refuses its preflight
        throw error.kind === "unreachable" ? blocked() : error;
      }
      return health;
    },
    fromPage: (capture) => json("POST", "/jobs/from-page", { body: capture }),
    match: (jobId) => json("GET", `/jobs/${q(jobId)}/match`),
    companyBrief: (company) => json("GET", `/companies/${q(company)}/brief`),
    tailor: (jobId) => json("POST", `/jobs/${q(jobId)}/documents`),
    async document(jobId, kind, format = "pdf") {
      const response = await send("GET", `/jobs/${q(jobId)}/documents/${q(kind)}?format=${q(format)}`);
      return response.blob();
    },
    approvals: () => json("GET", "/approvals"),
    run: (runId) => json("GET", `/runs/${q(runId)}`),
    /** Fetch one of an application's drafted documents (resume_pdf, cover_letter_pdf, resume_html) with the key. */
    async applicationDocument(applicationId, kind) {
      const response = await send("GET", `/applications/${q(applicationId)}/documents/${q(kind)}`);
      return response.blob();
    },
    decide: (runId, decision) => json("POST", `/runs/${q(runId)}/resume`, { body: { decisions: [decision] } }),
    applications: (status) => json("GET", `/applications${status ? `?status=${q(status)}` : ""}`),
    setStatus: (applicationId, status, note = "") =>
      json("POST", `/applications/${q(applicationId)}/status`, { body: { status, note } }),
    tracker: () => json("GET", "/tracker"),
    track: (jobId) => json("POST", `/jobs/${q(jobId)}/track`),
    queueForApproval: (jobId) => json("POST", `/jobs/${q(jobId)}/queue`),
    markApplied: (jobId, note = "") => json("POST", `/jobs/${q(jobId)}/applied`, { body: { note } }),
    formAnswers: (request) => json("POST", "/forms/answers", { body: request }),
    /** Send a chat message; call onEvent for each streamed event; resolve when the stream ends. */
    async chat(message, sessionId, onEvent, signal) {
      const body = sessionId ? { message, session_id: sessionId } : { message };
      await readEvents(await send("POST", "/chat", { body, signal }), onEvent);
    },
    /** Follow a run's events until it finishes or waits for review; resolve with its final status event. */
    async followRun(runId, onEvent = () => {}, signal) {
      let final = null;
      const response = await send("GET", `/runs/${q(runId)}/events`, { signal });
      await readEvents(response, (event) => {
        if (event.event === "status") final = event.data;
        onEvent(event);
      });
      return final;
    },
  };
}

async function readEvents(response, onEvent) {
  const parser = createSseParser(onEvent);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
  parser.push(decoder.decode());
  parser.end();
}

/** Build a client from the stored settings. */
export async function storedClient(storage) {
  return createClient(await loadSettings(storage));
}
