// lib/api.js, the single fetch wrapper: key header, URL handling, readable errors, streamed chat, stored settings.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError, DEFAULT_BASE_URL, createClient, createSseParser, loadSettings, normalizeBaseUrl, saveSettings } from "../lib/api.js";

function recordingFetch(respond) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    return respond(url, init);
  };
  return { calls, fetchImpl };
}

const json = (body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const problem = (status, detail, headers = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: "x", status, detail }), {
    status, headers: { "Content-Type": "application/problem+json", ...headers },
  });

function memoryStorage(initial = {}) {
  const data = { ...initial };
  return {
    data,
    async get(keys) { return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])); },
    async set(values) { Object.assign(data, values); },
  };
}

describe("requests", () => {
  it("sends the key in X-API-Key and JSON bodies to the configured URL", async () => {
    const { calls, fetchImpl } = recordingFetch(() => json({ job: { id: "j1" }, match: { score: 71 } }, 201));
    const api = createClient({ baseUrl: "http://127.0.0.1:9000/", apiKey: "cpk_secret" }, fetchImpl);
    const result = await api.fromPage({ url: "https://x.example/1", jsonld: { "@type": "JobPosting" } });
    assert.equal(result.match.score, 71);
    assert.equal(calls[0].url, "http://127.0.0.1:9000/jobs/from-page");
    assert.equal(calls[0].init.method, "POST");
    assert.equal(calls[0].init.headers["X-API-Key"], "cpk_secret");
    assert.equal(calls[0].init.credentials, "omit");
    assert.deepEqual(JSON.parse(calls[0].init.body), { url: "https://x.example/1", jsonld: { "@type": "JobPosting" } });
  });

  it("escapes ids in paths", async () => {
    const { calls, fetchImpl } = recordingFetch(() => json({}));
    await createClient({ baseUrl: DEFAULT_BASE_URL, apiKey: "k" }, fetchImpl).companyBrief("AT&T / Labs");
    assert.equal(calls[0].url, `${DEFAULT_BASE_URL}/companies/AT%26T%20%2F%20Labs/brief`);
  });

  it("sends an approval as a decision on the application's run", async () => {
    const { calls, fetchImpl } = recordingFetch(() => json({ run_id: "r1", status: "running" }, 202));
    await createClient({ apiKey: "k" }, fetchImpl).decide("r1", { application_id: "a1", action: "approve" });
    assert.equal(calls[0].url, `${DEFAULT_BASE_URL}/runs/r1/resume`);
    assert.deepEqual(JSON.parse(calls[0].init.body), { decisions: [{ application_id: "a1", action: "approve" }] });
  });

  it("fetches an application's document with the key, and a run's summary for the outcome", async () => {
    const { calls, fetchImpl } = recordingFetch((url) =>
      url.includes("/documents/") ? new Response("%PDF-1.7", { headers: { "Content-Type": "application/pdf" } }) : json({ applied: [] }));
    const api = createClient({ baseUrl: "http://127.0.0.1:9000", apiKey: "cpk_secret" }, fetchImpl);
    const blob = await api.applicationDocument("a/1", "resume_pdf");
    assert.equal(await blob.text(), "%PDF-1.7");
    assert.deepEqual(await api.run("r1"), { applied: [] });
    assert.deepEqual(calls.map((c) => c.url), [
      "http://127.0.0.1:9000/applications/a%2F1/documents/resume_pdf", "http://127.0.0.1:9000/runs/r1",
    ]);
    assert.ok(calls.every((c) => c.init.headers["X-API-Key"] === "cpk_secret"));
  });

  it("asks /health without the key", async () => {
    const { calls, fetchImpl } = recordingFetch(() => json({ status: "ok", version: "0.1.0" }));
    await createClient({ apiKey: "" }, fetchImpl).health();
    assert.equal(calls[0].init.headers["X-API-Key"], undefined);
  });
});

describe("errors a person can act on", () => {
  it("says the API is not running when nothing answers", async () => {
    const api = createClient({ baseUrl: "http://127.0.0.1:9", apiKey: "k" }, async () => { throw new TypeError("Failed to fetch"); });
    await assert.rejects(api.approvals(), (error) => error instanceof ApiError && error.kind === "unreachable" &&
      error.message === "Cannot reach the CareerPilot API at http://127.0.0.1:9: is 'careerpilot serve' running?");
  });

  it("says how to get a key when the key is wrong (401)", async () => {
    const api = createClient({ apiKey: "wrong" }, async () => problem(401, "unknown API key"));
    await assert.rejects(api.approvals(), /did not accept the API key: create one with 'careerpilot keys create extension'/);
  });

  it("says the key was refused when it is revoked (403), with the server's reason", async () => {
    const api = createClient({ apiKey: "old" }, async () => problem(403, "API key 3f2a was revoked"));
    await assert.rejects(api.approvals(), (e) => e.kind === "forbidden" && /API key 3f2a was revoked/.test(e.message));
  });

  it("asks for no request at all when no key is set", async () => {
    const { calls, fetchImpl } = recordingFetch(() => json({}));
    await assert.rejects(createClient({ apiKey: "" }, fetchImpl).approvals(), (e) => e.kind === "no_key");
    assert.equal(calls.length, 0);
  });

  it("passes on the server's problem detail (e.g. chat without an LLM) and Retry-After", async () => {
    const noLlm = createClient({ apiKey: "k" }, async () => problem(503, "chat needs an LLM: set LLM_BASE_URL"));
    await assert.rejects(noLlm.chat("hi", null, () => {}), (e) => e.kind === "unavailable" && /chat needs an LLM/.test(e.message));
    const limited = createClient({ apiKey: "k" }, async () => problem(429, "rate limit reached", { "Retry-After": "7" }));
    await assert.rejects(limited.approvals(), /try again in 7 s/);
    const bad = createClient({ apiKey: "k" }, async () => problem(422, "url: field required"));
    await assert.rejects(bad.fromPage({}), (e) => e.kind === "rejected" && e.message === "url: field required");
  });

  it("checks a connection with /health and then an authenticated call", async () => {
    const { calls, fetchImpl } = recordingFetch((url) => (url.endsWith("/health") ? json({ status: "ok", service: "careerpilot", version: "0.1.0" }) : problem(401, "unknown API key")));
    await assert.rejects(createClient({ apiKey: "bad" }, fetchImpl).checkConnection(), (e) => e.kind === "unauthorized");
    assert.deepEqual(calls.map((c) => new URL(c.url).pathname), ["/health", "/runs"]);
  });

  it("refuses a URL that is not http(s)", () => {
    assert.throws(() => normalizeBaseUrl("javascript:alert(1)"), (e) => e.kind === "config");
    assert.throws(() => normalizeBaseUrl("not a url"), /is not a URL/);
    assert.equal(normalizeBaseUrl(" http://localhost:8765/api/ "), "http://localhost:8765/api");
    assert.equal(normalizeBaseUrl(""), DEFAULT_BASE_URL);
  });
});

describe("the connection test names what is wrong", () => {
  const health = () => json({ status: "ok", service: "careerpilot", version: "0.1.0" });

  it("says the API is not running when nothing listens", async () => {
    const api = createClient({ baseUrl: "http://127.0.0.1:9", apiKey: "k" }, async () => { throw new TypeError("Failed to fetch"); });
    await assert.rejects(api.checkConnection(), (e) => e.kind === "unreachable" && /is 'careerpilot serve' running\?/.test(e.message));
  });

  it("says the server does not admit the extension when only an opaque request lands (CORS)", async () => {
    const fetchImpl = async (url, init) => {
      if (init.mode === "no-cors") return new Response(null, { status: 200 });
      throw new TypeError("Failed to fetch");
    };
    await assert.rejects(createClient({ apiKey: "k" }, fetchImpl).checkConnection(),
      (e) => e.kind === "cors" && /answers at .* but does not admit this extension: if it is CareerPilot, restart it with EXTENSION_ORIGIN=/.test(e.message));
  });

  it("says so when /health answers but the keyed call's preflight is refused (CORS)", async () => {
    const fetchImpl = async (url) => { if (url.endsWith("/health")) return health(); throw new TypeError("Failed to fetch"); };
    await assert.rejects(createClient({ apiKey: "k" }, fetchImpl).checkConnection(), (e) => e.kind === "cors");
  });

  it("says the address is not a CareerPilot API, and never shows its HTML", async () => {
    const page = async () => new Response("<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>", { status: 200, headers: { "Content-Type": "text/html" } });
    await assert.rejects(createClient({ apiKey: "k" }, page).checkConnection(),
      (e) => e.kind === "not_careerpilot" && !/[<>]/.test(e.message) && /not a CareerPilot API/.test(e.message));
    const missing = async () => new Response("<html><body>404 Not Found</body></html>", { status: 404, headers: { "Content-Type": "text/html" } });
    await assert.rejects(createClient({ apiKey: "k" }, missing).checkConnection(), (e) => e.kind === "not_careerpilot");
    const other = async () => json({ status: "ok" });
    await assert.rejects(createClient({ apiKey: "k" }, other).checkConnection(), (e) => e.kind === "not_careerpilot");
  });

  it("says the key is wrong when everything else is right", async () => {
    const fetchImpl = async (url) => (url.endsWith("/health") ? health() : problem(401, "unknown API key"));
    await assert.rejects(createClient({ apiKey: "bad" }, fetchImpl).checkConnection(), (e) => e.kind === "unauthorized");
  });

  it("never shows another server's HTML error page", async () => {
    const api = createClient({ apiKey: "k" }, async () => new Response("<html><body><script>x</script>Bad Gateway</body></html>", { status: 502 }));
    await assert.rejects(api.approvals(), (e) => e.kind === "server" && !/[<>]/.test(e.message));
  });
});

describe("streamed chat", () => {
  it("parses server-sent events split anywhere across chunks", () => {
    const events = [];
    const parser = createSseParser((e) => events.push(e));
    const wire = 'event: session\ndata: {"session_id": "s1"}\n\nevent: token\ndata: {"text": "Hel"}\n\n: keep-alive\n\nid: 3\nevent: token\r\ndata: {"text": "lo"}\n\n';
    for (let i = 0; i < wire.length; i += 5) parser.push(wire.slice(i, i + 5));
    parser.end();
    assert.deepEqual(events, [
      { event: "session", data: { session_id: "s1" }, id: null },
      { event: "token", data: { text: "Hel" }, id: null },
      { event: "token", data: { text: "lo" }, id: "3" },
    ]);
  });

  it("delivers each event as its bytes arrive and sends the session id back", async () => {
    const encoder = new TextEncoder();
    let pull;
    const body = new ReadableStream({ start(controller) { pull = controller; } });
    const { calls, fetchImpl } = recordingFetch(() => new Response(body, { headers: { "Content-Type": "text/event-stream" } }));
    const seen = [];
    let firstEvent;
    const first = new Promise((resolve) => { firstEvent = resolve; });
    const done = createClient({ apiKey: "k" }, fetchImpl).chat("why 62?", "s1", (e) => { seen.push(e.event); firstEvent(); });
    pull.enqueue(encoder.encode('event: token\ndata: {"text": "Because"}\n\n'));
    await first; // resolves while the stream is still open: the token did not wait for the end
    assert.deepEqual(seen, ["token"]);
    pull.enqueue(encoder.encode('event: done\ndata: {"session_id": "s1"}\n\n'));
    pull.close();
    await done;
    assert.deepEqual(seen, ["token", "done"]);
    assert.deepEqual(JSON.parse(calls[0].init.body), { message: "why 62?", session_id: "s1" });
  });
});

describe("following a run", () => {
  it("reads the run's events until the final status event and returns it", async () => {
    const wire = 'id: 1\nevent: node_started\ndata: {"node": "review"}\n\nevent: status\ndata: {"id": "r1", "status": "finished"}\n\n';
    const { calls, fetchImpl } = recordingFetch(() => new Response(wire, { headers: { "Content-Type": "text/event-stream" } }));
    const seen = [];
    const final = await createClient({ apiKey: "k" }, fetchImpl).followRun("r1", (e) => seen.push(e.event));
    assert.deepEqual(final, { id: "r1", status: "finished" });
    assert.deepEqual(seen, ["node_started", "status"]);
    assert.equal(calls[0].url, `${DEFAULT_BASE_URL}/runs/r1/events`);
    assert.equal(calls[0].init.method, "GET");
  });
});

describe("settings", () => {
  it("default to the local API and keep what was saved", async () => {
    const storage = memoryStorage();
    assert.deepEqual(await loadSettings(storage), { baseUrl: DEFAULT_BASE_URL, apiKey: "" });
    await saveSettings({ baseUrl: "http://127.0.0.1:9000/", apiKey: "  cpk_1 " }, storage);
    assert.deepEqual(await loadSettings(storage), { baseUrl: "http://127.0.0.1:9000", apiKey: "cpk_1" });
  });
});
