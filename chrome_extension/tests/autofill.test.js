// The autofill content script on the repository's ATS-style form fixtures (tests/fixtures/forms): what it reads,
// what it fills and marks, and that it never submits.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EXTENSION, formPage, loadScript, pageWindow } from "./dom.js";

function load(name) {
  const page = formPage(name);
  return { page, autofill: loadScript("scripts/autofill.js", page).__careerpilotAutofill };
}

// Results cross from the page's realm as data (Chrome serializes them); compare them as plain JSON.
const plain = (value) => JSON.parse(JSON.stringify(value));
const GH = (n, kind) => `job_application[answers_attributes][${n}][${kind}_value]`;

describe("scan", () => {
  it("reads a Greenhouse form's fields with their labels, kinds, required marks and options", () => {
    const { autofill } = load("greenhouse.html");
    const { fields } = plain(autofill.scan());
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    assert.deepEqual(byKey["job_application[first_name]"], {
      key: "job_application[first_name]", label: "First Name", kind: "text", required: true, options: [],
    });
    assert.equal(byKey["job_application[phone]"].required, false);
    assert.equal(byKey["job_application[resume]"].kind, "file");
    assert.deepEqual(byKey[GH(2, "boolean")].options, ["Yes", "No"]);
    assert.equal(byKey[GH(2, "boolean")].label, "Are you legally authorized to work in the United States?");
    assert.ok(!fields.some((f) => f.key === "utf8" || f.key === "job_application[job_id]"), "hidden inputs are skipped");
  });

  it("reads a Lever form: labels without the ✱ marker or the option texts, radio questions by their card title", () => {
    const { autofill } = load("lever.html");
    const byKey = Object.fromEntries(plain(autofill.scan()).fields.map((f) => [f.key, f]));
    assert.equal(byKey.resume.label, "Resume/CV");
    assert.equal(byKey["eeo[gender]"].label, "Gender");
    const card = byKey["cards[7f1c2d3e-0000-4a5b-9c8d-112233445566][field0]"];
    assert.deepEqual([card.kind, card.label, card.required, card.options],
      ["radio", "Are you authorized to work in the US?", true, ["Yes", "No"]]);
  });

  it("reads an Ashby form's checkbox group and radio fieldsets", () => {
    const { autofill } = load("ashby.html");
    const byKey = Object.fromEntries(plain(autofill.scan()).fields.map((f) => [f.key, f]));
    assert.equal(byKey.eeoc_gender.kind, "radio");
    assert.equal(byKey.eeoc_gender.label, "Gender");
    assert.equal(byKey["b8c9d0e1-7777-4283-8455-0011aabbccdd"].kind, "checkboxes");
    assert.equal(byKey._systemfield_email.kind, "email");
  });
});

describe("fill", () => {
  it("fills text, select and radio fields from the API's answers and outlines each one", () => {
    const { page, autofill } = load("greenhouse.html");
    const report = autofill.fill({
      answers: [
        { key: "job_application[first_name]", label: "First Name", value: "Maya", source: "profile.contact.name" },
        { key: "job_application[email]", label: "Email", value: "maya@example.com", source: "profile.contact.email" },
        { key: GH(2, "boolean"), label: "Authorized?", value: "Yes", source: "rules: work authorization" },
        { key: "job_application[gender]", label: "Gender", value: "Decline To Self Identify", source: "rule: EEO default" },
      ],
      needsYou: ["job_application[location]"],
    });
    const $ = (id) => page.document.getElementById(id);
    assert.equal($("first_name").value, "Maya");
    assert.equal($("email").value, "maya@example.com");
    assert.equal($("job_application_answers_attributes_2_boolean_value").value, "1");
    assert.equal($("job_application_gender").value, "3");
    assert.equal(report.filled.length, 4);
    assert.equal($("first_name").getAttribute("data-careerpilot"), "filled from profile.contact.name");
    assert.match($("first_name").style.outline, /solid/);
    assert.equal($("job_application_location").getAttribute("data-careerpilot"), "needs your answer");
  });

  it("checks the matching radio of a Lever question", () => {
    const { page, autofill } = load("lever.html");
    const key = "cards[7f1c2d3e-0000-4a5b-9c8d-112233445566][field1]";
    autofill.fill({ answers: [{ key, value: "No", source: "profile" }] });
    const radios = [...page.document.querySelectorAll("input[type=radio]")].filter((r) => r.getAttribute("name") === key);
    assert.deepEqual(radios.map((r) => r.checked), [false, true]);
  });

  it("reports fields it could not fill instead of guessing", () => {
    const { autofill } = load("greenhouse.html");
    const report = autofill.fill({ answers: [
      { key: "no-such-field", value: "x" },
      { key: GH(2, "boolean"), value: "Maybe" },
    ] });
    assert.deepEqual(plain(report.skipped).map((s) => s.reason), ["no such field on this page", "no matching option"]);
    assert.equal(report.filled.length, 0);
  });

  it("never submits the form", () => {
    const { page, autofill } = load("greenhouse.html");
    let submitted = false;
    page.document.getElementById("application_form").addEventListener("submit", () => { submitted = true; });
    page.document.getElementById("submit_app").addEventListener("click", () => { submitted = true; });
    autofill.fill({ answers: [{ key: "job_application[first_name]", value: "Maya", source: "profile" }] });
    assert.equal(submitted, false);
    const source = readFileSync(join(EXTENSION, "scripts", "autofill.js"), "utf8");
    assert.doesNotMatch(source, /\.click\(|\.submit\(|requestSubmit/);
  });
});

describe("confirmation", () => {
  it("recognises a page that says the application was received", () => {
    const page = pageWindow("<html><body><h1>Thank you for applying.</h1><p>Your application has been received.</p></body></html>");
    assert.equal(loadScript("scripts/autofill.js", page).__careerpilotAutofill.confirmation(), true);
  });

  it("does not take a form whose script holds a success message for a confirmation", () => {
    const { autofill } = load("ashby.html");
    assert.equal(autofill.confirmation(), false);
  });
});
