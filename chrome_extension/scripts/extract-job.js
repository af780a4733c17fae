// Injected into the job page by the side panel (chrome.scripting.executeScript({files})). It only reads the DOM
// and returns plain data (the completion value of this script): a schema.org JobPosting built from the page's
// JSON-LD, its microdata, a Greenhouse/Lever/Ashby/Workday page layout, or the user's selection.
// It never reads extension storage, never changes the page, and never runs anything the page contains.
(() => {
  "use strict";

  const MAX_TEXT = 60000;
  const JOB_TYPE = /(^|[/#:])JobPosting$/;

  function clean(text) {
    return (text || "").replace(/[ \t\f\v\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n").trim().slice(0, MAX_TEXT);
  }

  // Text a browser hides is never captured: it could carry instructions the person never sees. In the page, the
  // computed style and the element's box decide; elsewhere (tests) the attributes and inline style do.
  const NEVER_SHOWN = new Set(["script", "style", "template", "noscript", "svg", "iframe", "canvas", "audio", "video",
    "datalist", "head", "title"]);
  const HIDING_CLASSES = new Set(["hidden", "hide", "is-hidden", "u-hidden", "d-none", "invisible", "sr-only",
    "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "a11y-hidden"]);
  const BLOCK_TAGS = new Set(["address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "ul"]);
  const OFFSCREEN_PX = -500;

  function px(value) {
    const number = parseFloat(value);
    if (Number.isNaN(number)) return null;
    return /em$/.test(String(value).trim()) ? number * 16 : number;
  }

  function inlineStyle(element) {
    const style = {};
    for (const part of (element.getAttribute("style") || "").split(";")) {
      const at = part.indexOf(":");
      if (at > 0) style[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).replace(/!important/i, "").trim().toLowerCase();
    }
    const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    return Object.fromEntries(Object.entries(style).map(([name, value]) => [camel(name), value]));
  }

  function styleOf(element) {
    const view = element.ownerDocument && element.ownerDocument.defaultView;
    if (view && typeof view.getComputedStyle === "function") return { style: view.getComputedStyle(element), view };
    return { style: inlineStyle(element), view: null };
  }

  function styleHides(style) {
    if (style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse") return true;
    if (style.opacity !== undefined && style.opacity !== "" && parseFloat(style.opacity) <= 0.05) return true;
    if (style.color === "transparent" || style.color === "rgba(0, 0, 0, 0)") return true;
    const font = px(style.fontSize);
    if (font !== null && font <= 1) return true;
    const indent = px(style.textIndent);
    if (indent !== null && indent <= OFFSCREEN_PX) return true;
    const margins = [px(style.marginLeft), px(style.marginTop)];
    if (margins.some((m) => m !== null && m <= OFFSCREEN_PX)) return true;
    const positioned = ["absolute", "fixed", "relative", "sticky"].includes(style.position);
    const offsets = [style.left, style.top, style.right, style.bottom].map(px);
    if (positioned && offsets.some((o) => o !== null && o <= OFFSCREEN_PX)) return true;
    if (/scale[xyz3d]*\(\s*0*\.?0*\s*[,)]/.test(style.transform || "") || /matrix\(0, 0, 0, 0/.test(style.transform || "")) return true;
    if (/inset\(\s*(50|100)%/.test(style.clipPath || "")) return true;
    if (/^rect\(\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px/.test(style.clip || "")) return true;
    const clipped = /hidden|clip/.test(`${style.overflow || ""} ${style.overflowX || ""} ${style.overflowY || ""}`);
    const size = [px(style.width), px(style.height)];
    return clipped && size.some((s) => s !== null && s <= 1);
  }

  function boxHides(element, view) {
    // Off the page entirely (left of it or above it, wherever the page is scrolled): transforms, offsets, margins.
    if (!view || typeof element.getBoundingClientRect !== "function") return false;
    const box = element.getBoundingClientRect();
    const clipped = /hidden|clip/.test(view.getComputedStyle(element).overflow || "");
    if (clipped && (box.width <= 1 || box.height <= 1)) return true;
    return box.right + (view.scrollX || 0) < 0 || box.bottom + (view.scrollY || 0) < 0;
  }

  function isHidden(element) {
    const tag = element.tagName.toLowerCase();
    if (NEVER_SHOWN.has(tag) || element.hasAttribute("hidden")) return true;
    if ((element.getAttribute("aria-hidden") || "").trim().toLowerCase() === "true") return true;
    if (tag === "dialog" && !element.hasAttribute("open")) return true;
    const classes = (element.getAttribute("class") || "").split(/\s+/).filter(Boolean);
    if (!classes.some((c) => c.includes(":")) && classes.some((c) => HIDING_CLASSES.has(c.toLowerCase()))) return true;
    const { style, view } = styleOf(element);
    return styleHides(style) || boxHides(element, view);
  }

  function visibleText(node, parts) {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue.replace(/\s+/g, " "));
      } else if (child.nodeType === 1 && !isHidden(child)) {
        const tag = child.tagName.toLowerCase();
        if (tag === "br") {
          parts.push("\n");
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push("\n");
        visibleText(child, parts);
        if (block) parts.push("\n");
      }
    }
    return parts;
  }

  function textOf(element) {
    if (!element || isHidden(element)) return "";
    // What a reader sees: hidden elements skipped, blocks on their own lines (innerText would keep what
    // aria-hidden, off-screen and zero-size text hides from the eye).
    return clean(visibleText(element, []).join(""));
  }

  function first(root, selectors) {
    for (const selector of selectors) {
      const found = root.querySelector(selector);
      if (found && textOf(found)) return found;
    }
    return null;
  }

  function isJobPosting(node) {
    if (!node || typeof node !== "object" || Array.isArray(node)) return false;
    const types = [].concat(node["@type"] || []);
    return types.some((type) => typeof type === "string" && JOB_TYPE.test(type));
  }

  // JSON-LD: a block may hold one object, an array, a @graph, or nest the posting (e.g. under mainEntity).
  function collectPostings(node, found, depth) {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item) => collectPostings(item, found, depth + 1));
      return;
    }
    if (isJobPosting(node)) {
      found.push(node);
      return;
    }
    for (const value of Object.values(node)) collectPostings(value, found, depth + 1);
  }

  function parseJsonLdBlock(text) {
    try {
      return JSON.parse(text);
    } catch (error) {
      // Some sites leave raw control characters in strings; JSON.parse rejects them, a reader would not.
      try {
        return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " "));
      } catch (again) {
        return null;
      }
    }
  }

  function fromJsonLd(doc) {
    const found = [];
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const data = parseJsonLdBlock(script.textContent || "");
      if (data !== null) collectPostings(data, found, 0);
    }
    return found.map((posting) => ({ "@context": "https://schema.org", ...posting }));
  }

  // Microdata: the value of an itemprop depends on its element; a nested itemscope is an object.
  function itemValue(element) {
    if (element.hasAttribute("itemscope")) return microdataItem(element);
    const tag = element.tagName.toLowerCase();
    if (tag === "meta") return element.getAttribute("content") || "";
    if (tag === "time") return element.getAttribute("datetime") || textOf(element);
    if (["a", "link", "area"].includes(tag)) return element.getAttribute("href") || "";
    if (["img", "audio", "video", "source", "embed", "iframe"].includes(tag)) return element.getAttribute("src") || "";
    if (tag === "data" || tag === "meter") return element.getAttribute("value") || textOf(element);
    return textOf(element);
  }

  function ownProperties(scope) {
    // Properties of this item only: skip those that belong to a nested item.
    return [...scope.querySelectorAll("[itemprop]")].filter((element) => {
      let parent = element.parentElement;
      while (parent && parent !== scope && !parent.hasAttribute("itemscope")) parent = parent.parentElement;
      return parent === scope;
    });
  }

  function microdataItem(scope) {
    const item = {};
    const type = (scope.getAttribute("itemtype") || "").trim().split(/\s+/)[0];
    if (type) item["@type"] = type.replace(/^https?:\/\/schema\.org\//, "");
    for (const element of ownProperties(scope)) {
      const value = itemValue(element);
      for (const name of element.getAttribute("itemprop").trim().split(/\s+/)) {
        if (!(name in item)) item[name] = value;
        else item[name] = [].concat(item[name], value);
      }
    }
    return item;
  }

  function fromMicrodata(doc) {
    return [...doc.querySelectorAll("[itemscope][itemtype]")]
      .filter((scope) => JOB_TYPE.test((scope.getAttribute("itemtype") || "").trim().split(/\s+/)[0]))
      .filter((scope) => !scope.hasAttribute("itemprop"))
      .map((scope) => ({ "@context": "https://schema.org", ...microdataItem(scope) }));
  }

  // ATS page layouts, for pages without structured data. Each names where title, company, place and text live.
  const ATS = [
    {
      name: "greenhouse",
      matches: (doc, host) =>
        /(^|\.)greenhouse\.io$/.test(host) || Boolean(doc.querySelector("#app_body #header .app-title, .job__title")),
      title: ["#header .app-title", "h1.app-title", ".job__title h1", ".job__title"],
      company: ["#header .company-name", ".company-name"],
      location: ["#header .location", ".job__location", ".location"],
      description: ["#content", ".job__description", "#app_body .content"],
    },
    {
      name: "lever",
      matches: (doc, host) => /(^|\.)lever\.co$/.test(host) || Boolean(doc.querySelector(".posting-headline")),
      title: [".posting-headline h2", ".posting-headline h1"],
      company: [".main-header-logo img[alt]"],
      location: [".posting-categories .location", ".posting-categories .sort-by-location", ".location"],
      description: ['[data-qa="job-description"]', ".section-wrapper.page-full-width", ".content .section-wrapper"],
    },
    {
      name: "ashby",
      matches: (doc, host) => /(^|\.)ashbyhq\.com$/.test(host) || Boolean(doc.querySelector(".ashby-job-posting-heading")),
      title: [".ashby-job-posting-heading", "h1"],
      company: [],
      location: [".ashby-job-posting-left-pane [class*='location']", "[class*='_location_']"],
      description: [".ashby-job-posting-right-pane [class*='descriptionText']", "[class*='_descriptionText_']", "[class*='descriptionText']"],
    },
    {
      name: "workday",
      matches: (doc, host) =>
        /(^|\.)(myworkdayjobs|myworkdaysite|workday)\.com$/.test(host) ||
        Boolean(doc.querySelector('[data-automation-id="jobPostingHeader"]')),
      title: ['[data-automation-id="jobPostingHeader"]'],
      company: [],
      location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
      description: ['[data-automation-id="jobPostingDescription"]'],
      datePosted: ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]'],
      identifier: ['[data-automation-id="requisitionId"] dd', '[data-automation-id="requisitionId"]'],
    },
  ];

  function companyOf(doc, selectors) {
    for (const selector of selectors) {
      const element = doc.querySelector(selector);
      // A logo names the company in its alt text; "at Acme" is how Greenhouse prints it.
      const name = element ? (textOf(element) || clean(element.getAttribute("alt"))).replace(/^at\s+/i, "") : "";
      if (name) return name;
    }
    return "";
  }

  function siteName(doc) {
    const meta = doc.querySelector('meta[property="og:site_name"]');
    return clean(meta ? meta.getAttribute("content") : "");
  }

  function companyFromPath(host, path) {
    // jobs.lever.co/<company>/..., boards.greenhouse.io/<company>/jobs/..., jobs.ashbyhq.com/<company>/...
    if (!/(greenhouse\.io|lever\.co|ashbyhq\.com)$/.test(host)) return "";
    const segment = path.split("/").filter(Boolean)[0] || "";
    return segment && segment !== "embed" ? decodeURIComponent(segment) : "";
  }

  function companyFromWorkdayHost(host) {
    const match = /^([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com$/.exec(host);
    return match ? match[1] : "";
  }

  function fromAts(doc, loc) {
    const host = (loc.hostname || "").toLowerCase();
    for (const ats of ATS) {
      if (!ats.matches(doc, host)) continue;
      const title = textOf(first(doc, ats.title));
      if (!title) continue;
      const company = companyOf(doc, ats.company) || siteName(doc) || companyFromPath(host, loc.pathname || "") ||
        companyFromWorkdayHost(host);
      const posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        title,
        description: textOf(first(doc, ats.description)),
        url: loc.href,
      };
      if (company) posting.hiringOrganization = { "@type": "Organization", name: company };
      const place = textOf(first(doc, ats.location)).replace(/^locations?\s*/i, "");
      if (place) posting.jobLocation = { "@type": "Place", address: place };
      const posted = textOf(first(doc, ats.datePosted || [])).replace(/^posted on\s*/i, "");
      if (posted) posting.datePosted = posted;
      const identifier = textOf(first(doc, ats.identifier || [])).replace(/^job requisition id\s*/i, "");
      if (identifier) posting.identifier = identifier;
      return { ats: ats.name, posting };
    }
    return null;
  }

  function selectionText(win) {
    const selection = win && typeof win.getSelection === "function" ? win.getSelection() : null;
    return clean(selection ? String(selection) : "");
  }

  function fromSelection(doc, loc, text) {
    const firstLine = text.split("\n")[0].slice(0, 200);
    return {
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: clean(doc.title) || firstLine,
      description: text,
      url: loc.href,
    };
  }

  function extract(doc, win) {
    const loc = win.location;
    const selection = selectionText(win);
    const base = { url: loc.href, pageTitle: clean(doc.title), selection };
    const jsonld = fromJsonLd(doc);
    if (jsonld.length) return { ...base, source: "jsonld", posting: jsonld[0], count: jsonld.length };
    const microdata = fromMicrodata(doc);
    if (microdata.length) return { ...base, source: "microdata", posting: microdata[0], count: microdata.length };
    const ats = fromAts(doc, loc);
    if (ats) return { ...base, source: ats.ats, posting: ats.posting, count: 1 };
    if (selection) return { ...base, source: "selection", posting: fromSelection(doc, loc, selection), count: 1 };
    return { ...base, source: "none", posting: null, count: 0 };
  }

  try {
    return extract(document, window);
  } catch (error) {
    return { url: String(window.location && window.location.href), source: "error", posting: null, count: 0,
      error: String(error && error.message ? error.message : error) };
  }
})();
