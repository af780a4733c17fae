// The injected extractor, run the way chrome.scripting runs it, on real schema.org pages (tests/data/career_pages,
// see its PROVENANCE.md), the repository's Greenhouse-style fixture, and ATS layouts.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { FORMS, REPO, careerPage, extract } from "./dom.js";

const page = (head, body = "") => `<!DOCTYPE html><html><head><title>Jobs</title>${head}</head><body>${body}</body></html>`;
// Pages escape "<" in JSON-LD (else a "</script>" in a string would end the block); so does this helper.
const ld = (data) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`;

describe("JSON-LD", () => {
  it("reads the full schema.org JobPosting example with its place and salary", () => {
    const result = extract(careerPage("schemaorg_eg-0028_jsonld.html"), "https://abc.example/jobs/1");
    assert.equal(result.source, "jsonld");
    assert.equal(result.posting["@type"], "JobPosting");
    assert.equal(result.posting.title, "Software Engineer");
    assert.equal(result.posting.salaryCurrency, "USD");
    assert.equal(result.posting.jobLocation.address.addressLocality, "Kirkland");
    assert.equal(result.url, "https://abc.example/jobs/1");
  });

  it("finds the posting in every real schema.org JobPosting example page", () => {
    for (const name of ["eg-0251", "eg-0268", "eg-0280", "eg-0465"]) {
      const result = extract(careerPage(`schemaorg_${name}_jsonld.html`));
      assert.equal(result.source, "jsonld", name);
      assert.equal(result.posting["@type"], "JobPosting", name);
    }
  });

  it("reports no posting on a page whose JSON-LD is an Occupation, not a JobPosting", () => {
    const result = extract(careerPage("schemaorg_eg-0252_jsonld.html"));
    assert.equal(result.source, "none");
    assert.equal(result.posting, null);
  });

  it("reports no posting on a real Lever job-list widget page", () => {
    const result = extract(careerPage("lever_leverdemo_postings_mode-html_2015.html"), "https://jobs.lever.co/leverdemo");
    assert.equal(result.posting, null);
  });

  it("finds a JobPosting inside a @graph next to other nodes", () => {
    const html = page(ld({ "@context": "https://schema.org", "@graph": [
      { "@type": "WebPage", name: "Careers" },
      { "@type": "Organization", name: "Acme" },
      { "@type": "JobPosting", title: "Data Engineer", hiringOrganization: { "@id": "#org" } },
    ] }));
    assert.equal(extract(html).posting.title, "Data Engineer");
  });

  it("finds JobPostings in a top-level array and counts them", () => {
    const html = page(ld([{ "@type": "BreadcrumbList" }, { "@type": "JobPosting", title: "A" }, { "@type": "JobPosting", title: "B" }]));
    const result = extract(html);
    assert.equal(result.posting.title, "A");
    assert.equal(result.count, 2);
  });

  it("accepts @type arrays, full schema.org IRIs and postings nested under mainEntity", () => {
    assert.equal(extract(page(ld({ "@type": ["JobPosting", "Thing"], title: "Typed" }))).posting.title, "Typed");
    assert.equal(extract(page(ld({ "@type": "http://schema.org/JobPosting", title: "Iri" }))).posting.title, "Iri");
    const nested = { "@type": "WebPage", mainEntity: { "@type": "JobPosting", title: "Nested" } };
    assert.equal(extract(page(ld(nested))).posting.title, "Nested");
  });

  it("skips a broken JSON-LD block and still reads the next one", () => {
    const html = page(`<script type="application/ld+json">{ not json </script>${ld({ "@type": "JobPosting", title: "Ok" })}`);
    assert.equal(extract(html).posting.title, "Ok");
  });

  it("reads a block whose strings hold raw line breaks", () => {
    const html = page('<script type="application/ld+json">{"@type": "JobPosting", "title": "Line\nbreak"}</script>');
    assert.equal(extract(html).posting.title, "Line break");
  });
});

describe("microdata", () => {
  it("reads the real schema.org microdata example with nested items", () => {
    const result = extract(careerPage("schemaorg_eg-0028_microdata.html"));
    assert.equal(result.source, "microdata");
    assert.equal(result.posting["@type"], "JobPosting");
    assert.equal(result.posting.title, "Software Engineer");
    assert.equal(result.posting.hiringOrganization.name, "ABC Company Inc.");
    assert.equal(result.posting.jobLocation.address.addressRegion, "WA");
    assert.equal(result.posting.datePosted, "2011-10-31");
    assert.equal(result.posting.specialCommitments, "VeteranCommit");
  });

  it("prefers JSON-LD when a page has both", () => {
    const html = page(ld({ "@type": "JobPosting", title: "From JSON-LD" }),
      '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">From microdata</h1></div>');
    assert.equal(extract(html).source, "jsonld");
  });
});

describe("ATS layouts without structured data", () => {
  it("reads a Greenhouse hosted page: title, company without 'at', location and description", () => {
    const html = readFileSync(join(FORMS, "greenhouse.html"), "utf8");
    const result = extract(html, "https://boards.greenhouse.io/acme/jobs/4012345");
    assert.equal(result.source, "greenhouse");
    assert.equal(result.posting.title, "Senior Software Engineer");
    assert.equal(result.posting.hiringOrganization.name, "Acme");
    assert.equal(result.posting.jobLocation.address, "San Francisco, CA");
    assert.match(result.posting.description, /We build tools for builders/);
    assert.equal(result.posting.url, "https://boards.greenhouse.io/acme/jobs/4012345");
  });

  it("reads a Lever posting page, naming the company from the logo", () => {
    const html = page("", `<div class="main-header-logo"><img alt="Leverdemo" src="logo.png"></div>
      <div class="posting-headline"><h2>Back-End Engineer</h2>
      <div class="posting-categories"><div class="sort-by-location posting-category location">Toronto, ON</div></div></div>
      <div class="section-wrapper page-full-width" data-qa="job-description">Build the API. Go and Postgres.</div>`);
    const result = extract(html, "https://jobs.lever.co/leverdemo/cd1ea494-1629-4cb1-a1c7-5dbcc9dea545");
    assert.equal(result.source, "lever");
    assert.equal(result.posting.title, "Back-End Engineer");
    assert.equal(result.posting.hiringOrganization.name, "Leverdemo");
    assert.equal(result.posting.jobLocation.address, "Toronto, ON");
    assert.match(result.posting.description, /Go and Postgres/);
  });

  it("reads an Ashby posting page and names the company from the URL", () => {
    const html = page("", `<h1 class="ashby-job-posting-heading">Platform Engineer</h1>
      <div class="ashby-job-posting-right-pane"><div class="_descriptionText_oj0x8_198">Kubernetes and Rust.</div></div>`);
    const result = extract(html, "https://jobs.ashbyhq.com/acme/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    assert.equal(result.source, "ashby");
    assert.equal(result.posting.title, "Platform Engineer");
    assert.equal(result.posting.hiringOrganization.name, "acme");
    assert.match(result.posting.description, /Kubernetes and Rust/);
  });

  it("reads a Workday posting page by its automation ids", () => {
    const html = page("", `<h2 data-automation-id="jobPostingHeader">Senior Data Scientist</h2>
      <div data-automation-id="locations"><dt>locations</dt><dd>Berlin, Germany</dd></div>
      <div data-automation-id="postedOn"><dt>posted on</dt><dd>Posted 3 Days Ago</dd></div>
      <div data-automation-id="requisitionId"><dt>job requisition id</dt><dd>R-10423</dd></div>
      <div data-automation-id="jobPostingDescription"><p>Python, SQL and statistics.</p></div>`);
    const result = extract(html, "https://globex.wd5.myworkdayjobs.com/en-US/Careers/job/Berlin/Senior-Data-Scientist_R-10423");
    assert.equal(result.source, "workday");
    assert.equal(result.posting.title, "Senior Data Scientist");
    assert.equal(result.posting.hiringOrganization.name, "globex");
    assert.equal(result.posting.jobLocation.address, "Berlin, Germany");
    assert.equal(result.posting.identifier, "R-10423");
    assert.match(result.posting.description, /statistics/);
  });

  it("does not take a Lever list page for a posting", () => {
    const result = extract(page("", '<div class="lever"><ul><li><a href="#">Account Executive</a></li></ul></div>'),
      "https://jobs.lever.co/leverdemo");
    assert.equal(result.source, "none");
  });
});

describe("the user's selection", () => {
  it("becomes the posting's description when the page has no structured posting", () => {
    const text = "Staff Engineer at Initech\nWe need Python and Kafka.";
    const result = extract(page("", "<p>Blog</p>"), "https://blog.example/post", text);
    assert.equal(result.source, "selection");
    assert.equal(result.posting.description, text);
    assert.equal(result.posting.title, "Jobs");
  });

  it("is returned beside a structured posting so the panel can offer it", () => {
    const result = extract(page(ld({ "@type": "JobPosting", title: "X" })), undefined, "chosen text");
    assert.equal(result.source, "jsonld");
    assert.equal(result.selection, "chosen text");
  });
});

describe("untrusted page content", () => {
  it("returns a hostile title as plain data without running anything", () => {
    const title = "<img src=x onerror=alert(1)>";
    const result = extract(page(ld({ "@type": "JobPosting", title, description: "<script>steal()</script>" })));
    assert.equal(result.posting.title, title);
    assert.equal(typeof result.posting.description, "string");
  });
});

describe("hidden page text", () => {
  const HOSTILE_PAGES = join(REPO, "tests", "data", "hostile");
  const hostilePage = (name) => readFileSync(join(HOSTILE_PAGES, name), "utf8");

  it("captures what a reader sees of a hostile Greenhouse page, none of what it hides", () => {
    const result = extract(hostilePage("page_greenhouse_layout_hidden_spans.html"), "https://boards.greenhouse.io/northwind/jobs/1");
    const description = result.posting.description;
    assert.equal(result.source, "greenhouse");
    assert.equal(result.posting.title, "Senior Backend Engineer");
    for (const seen of ["We ship daily.", "Our team is small.", "We value care.", "5+ years of experience with Python"]) {
      assert.ok(description.includes(seen), seen);
    }
    // HIDDEN-5 hides through the page's <style> block: only a rendering browser computes that (the e2e test does).
    const rest = description.split("\n").filter((line) => !line.includes("HIDDEN-5")).join("\n");
    for (const hidden of ["HIDDEN-1", "HIDDEN-2", "HIDDEN-3", "HIDDEN-4", "HIDDEN-6", "Ignore all previous"]) {
      assert.ok(!rest.includes(hidden), hidden);
    }
  });

  for (const [name, markup] of Object.entries({
    "display:none": '<span style="display:none">SECRET</span>',
    "visibility:hidden": '<span style="visibility: hidden">SECRET</span>',
    "the hidden attribute": "<span hidden>SECRET</span>",
    "aria-hidden": '<span aria-hidden="true">SECRET</span>',
    "an off-screen position": '<span style="position:absolute;left:-9999px">SECRET</span>',
    "a negative text-indent": '<span style="text-indent:-9999px">SECRET</span>',
    "a zero font": '<span style="font-size:0">SECRET</span>',
    "opacity 0": '<span style="opacity:0">SECRET</span>',
    "a zero-size clipped box": '<span style="width:0;height:0;overflow:hidden">SECRET</span>',
    "a screen-reader-only class": '<span class="sr-only">SECRET</span>',
    "a template": "<template>SECRET</template>",
    "a noscript": "<noscript>SECRET</noscript>",
  })) {
    it(`leaves out text hidden by ${name}`, () => {
      const html = page("", `<div id="app_body"><div id="header"><h1 class="app-title">Engineer</h1></div>
        <div id="content"><p>Visible start.${markup} Visible end.</p></div></div>`);
      const description = extract(html, "https://boards.greenhouse.io/acme/jobs/1").posting.description;
      assert.equal(description, "Visible start. Visible end.");
    });
  }

  it("keeps a responsive 'hidden md:block' element, which shows on wide screens", () => {
    const html = page("", `<div id="app_body"><div id="header"><h1 class="app-title">Engineer</h1></div>
      <div id="content"><p>Start <span class="hidden md:block">shown</span> end.</p></div></div>`);
    assert.equal(extract(html, "https://boards.greenhouse.io/acme/jobs/1").posting.description, "Start shown end.");
  });
});
