// The manifest and the extension's sources: permissions, the stable id, and the rules the code must keep.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { DEFAULT_BASE_URL } from "../lib/api.js";
import { EXTENSION, REPO } from "./dom.js";

export const EXTENSION_ID = "cpmeahchjnaijacfkbicpimconbcnfbl";
const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));

function sources(dir = EXTENSION) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (["node_modules", "tests"].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(js|html)$/.test(name) ? [path] : [];
  });
}

/** Chrome's id: the first 128 bits of SHA-256 of the public key (DER), written with the letters a-p. */
function extensionId(base64Key) {
  const digest = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...digest].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join("");
}

describe("manifest", () => {
  it("asks for exactly sidePanel, storage, activeTab and scripting", () => {
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "scripting", "sidePanel", "storage"]);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
  });

  it("has host permission for the API origin only, the same origin the panel calls by default", () => {
    assert.deepEqual(manifest.host_permissions, [`${DEFAULT_BASE_URL}/*`]);
    assert.equal(manifest.content_scripts, undefined, "page scripts are injected on demand, never on every page");
  });

  it("has a public key that gives the documented, stable extension id", () => {
    assert.equal(extensionId(manifest.key), EXTENSION_ID);
    assert.match(readFileSync(join(REPO, "docs", "extension.md"), "utf8"), new RegExp(EXTENSION_ID));
  });

  it("names files that exist", () => {
    const named = [manifest.background.service_worker, manifest.side_panel.default_path, manifest.options_page,
      ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)];
    for (const file of named) assert.ok(existsSync(join(EXTENSION, file)), file);
    for (const page of sources().filter((p) => p.endsWith(".html"))) {
      for (const [, ref] of readFileSync(page, "utf8").matchAll(/(?:src|href)="([^"#:]+)"/g)) {
        assert.ok(existsSync(join(page, "..", ref)), `${relative(EXTENSION, page)} -> ${ref}`);
      }
    }
  });
});

describe("sources", () => {
  it("never build HTML from strings or evaluate code", () => {
    for (const file of sources()) {
      const text = readFileSync(file, "utf8");
      assert.doesNotMatch(text, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, relative(EXTENSION, file));
    }
  });

  it("keep page scripts away from extension storage and messaging, so pages can never reach the key", () => {
    for (const file of ["scripts/extract-job.js", "scripts/autofill.js"]) {
      assert.doesNotMatch(readFileSync(join(EXTENSION, file), "utf8"), /\b(chrome|browser)\.(storage|runtime|tabs)\b/, file);
    }
  });

  it("hold no private key", () => {
    for (const file of sources()) assert.doesNotMatch(readFileSync(file, "utf8"), /PRIVATE KEY/);
    assert.doesNotMatch(JSON.stringify(manifest), /PRIVATE KEY/);
  });

  it("keep the service worker stateless: it only sets the panel behaviour", () => {
    const worker = readFileSync(join(EXTENSION, "service-worker.js"), "utf8");
    assert.match(worker, /setPanelBehavior\(\{ openPanelOnActionClick: true \}\)/);
    assert.doesNotMatch(worker, /^(let|var) /m);
  });
});
