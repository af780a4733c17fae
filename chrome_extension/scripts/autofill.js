// Injected into an application form by the side panel. It defines three functions the panel calls next
// (chrome.scripting.executeScript({func}) in the same isolated world):
//   scan()         -> the form's fields, shaped like the API's FormField (key, label, kind, required, options)
//   fill(answers)  -> puts the API's FieldAnswer values in the fields and outlines each one it filled
//   confirmation() -> whether this page says an application was received
// It never clicks, never submits a form and never reads extension storage: the person reviews and submits.
(() => {
  "use strict";

  if (globalThis.__careerpilotAutofill) return;

  const FILLED = "2px solid #16a34a";
  const NEEDS_YOU = "2px dashed #d97706";
  const CONFIRMED = /thank(s| you) for (applying|your application)|application (has been |was )?(submitted|received)|we('ve| have) received your application/i;
  const SKIP_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "search", "password"]);
  const KINDS = { email: "email", tel: "tel", url: "url", number: "number", date: "date", file: "file" };

  function clean(text) {
    return (text || "").replace(/\s+/g, " ").trim();
  }

  function visibleText(element, drop) {
    // The text a reader sees as the label: without the controls, links and scripts nested in it.
    if (!element) return "";
    const copy = element.cloneNode(true);
    copy.querySelectorAll(drop).forEach((node) => node.remove());
    return clean(copy.textContent);
  }

  function labelText(element) {
    // Drop the required markers (*, ✱) sites put in labels.
    const text = visibleText(element, "select, textarea, button, a, option, script, style");
    return text.replace(/\s*[*✱]\s*/g, " ").trim();
  }

  function controls(doc) {
    return [...doc.querySelectorAll("input, select, textarea")].filter((element) => {
      const type = (element.getAttribute("type") || "").toLowerCase();
      return !SKIP_TYPES.has(type) && !element.disabled && (element.getAttribute("name") || element.id);
    });
  }

  function keyOf(element) {
    return element.getAttribute("name") || element.id;
  }

  function labelFor(doc, element) {
    if (element.id) {
      const label = [...doc.querySelectorAll("label[for]")].find((l) => l.getAttribute("for") === element.id);
      if (label && labelText(label)) return labelText(label);
    }
    const wrapping = element.closest("label");
    if (wrapping && labelText(wrapping)) return labelText(wrapping);
    const labelledBy = (element.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const named = labelledBy.map((id) => labelText(doc.getElementById(id))).filter(Boolean).join(" ");
    if (named) return named;
    if (element.getAttribute("aria-label")) return clean(element.getAttribute("aria-label"));
    const fieldset = element.closest("fieldset");
    const legend = fieldset && fieldset.querySelector("legend");
    if (legend && labelText(legend)) return labelText(legend);
    return clean(element.getAttribute("placeholder") || keyOf(element));
  }

  function isRequired(doc, element) {
    if (element.required || element.hasAttribute("required")) return true;
    if ((element.getAttribute("aria-required") || "").toLowerCase() === "true") return true;
    const label = element.id && [...doc.querySelectorAll("label[for]")].find((l) => l.getAttribute("for") === element.id);
    return Boolean(label && /\*/.test(label.textContent || ""));
  }

  function optionLabel(doc, input) {
    const wrapping = input.closest("label");
    if (wrapping && labelText(wrapping)) return labelText(wrapping);
    const label = input.id && [...doc.querySelectorAll("label[for]")].find((l) => l.getAttribute("for") === input.id);
    return label ? labelText(label) : clean(input.value);
  }

  function groupLabel(doc, inputs) {
    const fieldset = inputs[0].closest("fieldset");
    const legend = fieldset && fieldset.querySelector("legend");
    if (legend && labelText(legend)) return labelText(legend);
    const group = inputs[0].closest("[role=radiogroup], [role=group]");
    if (group && group.getAttribute("aria-label")) return clean(group.getAttribute("aria-label"));
    const labelledBy = group && group.getAttribute("aria-labelledby");
    if (labelledBy && doc.getElementById(labelledBy)) return labelText(doc.getElementById(labelledBy));
    // Otherwise the question is the nearest label-like element around the group that is not an option's label.
    let node = inputs[0].parentElement;
    for (let depth = 0; node && depth < 6; depth += 1, node = node.parentElement) {
      if (!inputs.every((input) => node.contains(input))) continue;
      const question = [...node.querySelectorAll("[class*='label'], [class*='question-title'], h3, h4, p")].find(
        (c) => !c.closest("label") && !c.querySelector("input, select, textarea") && labelText(c),
      );
      if (question) return labelText(question);
    }
    return keyOf(inputs[0]);
  }

  function scan() {
    const doc = document;
    const fields = [];
    const groups = new Map();
    for (const element of controls(doc)) {
      const tag = element.tagName.toLowerCase();
      const type = (element.getAttribute("type") || "text").toLowerCase();
      const key = keyOf(element);
      if (type === "radio" || type === "checkbox") {
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(element);
        continue;
      }
      const field = { key, label: labelFor(doc, element), kind: "text", required: isRequired(doc, element), options: [] };
      if (tag === "select") {
        field.kind = "select";
        field.options = [...element.querySelectorAll("option")]
          .filter((option) => option.getAttribute("value") !== "" && clean(option.textContent))
          .map((option) => clean(option.textContent));
      } else if (tag === "textarea") {
        field.kind = "textarea";
      } else {
        field.kind = KINDS[type] || "text";
      }
      fields.push(field);
    }
    for (const [key, inputs] of groups) {
      const type = inputs[0].getAttribute("type").toLowerCase();
      const options = inputs.map((input) => optionLabel(doc, input));
      const single = type === "checkbox" && inputs.length === 1;
      fields.push({
        key,
        label: single ? optionLabel(doc, inputs[0]) : groupLabel(doc, inputs),
        kind: type === "radio" ? "radio" : single ? "checkbox" : "checkboxes",
        required: inputs.some((input) => isRequired(doc, input)),
        options: single ? [] : options,
      });
    }
    return { url: String(window.location.href), fields, confirmation: confirmation() };
  }

  function setNativeValue(element, value) {
    // Frameworks such as React track the value property; the prototype's setter keeps them in step.
    const proto = Object.getPrototypeOf(element);
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, "value");
    if (descriptor && descriptor.set) descriptor.set.call(element, value);
    else element.value = value;
  }

  function announce(element) {
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function same(a, b) {
    return clean(a).toLowerCase() === clean(b).toLowerCase();
  }

  function mark(element, style, note) {
    element.style.outline = style;
    element.style.outlineOffset = "2px";
    element.setAttribute("data-careerpilot", note);
  }

  function fillSelect(element, value) {
    const option = [...element.querySelectorAll("option")].find(
      (o) => same(o.textContent, value) || same(o.getAttribute("value") || "", value),
    );
    if (!option) return false;
    option.selected = true; // in a single-choice select this unselects the others
    return true;
  }

  function fillChoices(doc, inputs, values) {
    let done = false;
    for (const input of inputs) {
      const wanted = values.some((v) => same(optionLabel(doc, input), v) || same(input.value, v) ||
        (inputs.length === 1 && /^(yes|true|1|on|checked)$/i.test(clean(v))));
      if (wanted !== input.checked) {
        input.checked = wanted;
        announce(input);
      }
      done = done || wanted;
    }
    return done;
  }

  function fillFile(element, file) {
    if (!file || typeof DataTransfer === "undefined") return false;
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], file.name, { type: file.type || "application/pdf" }));
    element.files = transfer.files;
    return element.files.length === 1;
  }

  function fill(request) {
    const doc = document;
    const byKey = new Map();
    for (const element of controls(doc)) {
      const key = keyOf(element);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(element);
    }
    const filled = [];
    const skipped = [];
    for (const answer of request.answers || []) {
      const elements = byKey.get(answer.key) || [];
      const element = elements[0];
      const values = [].concat(answer.value ?? []).map(String);
      if (!element) {
        skipped.push({ key: answer.key, reason: "no such field on this page" });
        continue;
      }
      const type = (element.getAttribute("type") || "").toLowerCase();
      let ok = false;
      if (type === "radio" || type === "checkbox") ok = fillChoices(doc, elements, values);
      else if (type === "file") ok = fillFile(element, (request.files || {})[answer.key]);
      else if (element.tagName.toLowerCase() === "select") ok = values.length > 0 && fillSelect(element, values[0]);
      else if (values.length) {
        setNativeValue(element, values.join(", "));
        ok = true;
      }
      if (ok) {
        if (type !== "radio" && type !== "checkbox") announce(element);
        elements.forEach((e) => mark(e, FILLED, `filled from ${answer.source || "CareerPilot"}`));
        filled.push({ key: answer.key, label: answer.label || answer.key, source: answer.source || "" });
      } else {
        skipped.push({ key: answer.key, reason: values.length ? "no matching option" : "no value" });
      }
    }
    for (const key of request.needsYou || []) {
      (byKey.get(key) || []).forEach((e) => mark(e, NEEDS_YOU, "needs your answer"));
    }
    return { filled, skipped };
  }

  function confirmation() {
    // Only what the page shows: not its scripts (which may hold a success message for later) nor hidden parts.
    const text = visibleText(document.body, "script, style, template, noscript, [hidden], [aria-hidden=true]");
    return CONFIRMED.test(text.slice(0, 20000));
  }

  globalThis.__careerpilotAutofill = Object.freeze({ scan, fill, confirmation });
})();
