"""RDFa compaction on extruct's real output for the schema.org eg-0028 RDFa page (tests/data/career_pages)."""

import extruct

from careerpilot.tools.sources.jsonld import find_job_postings
from careerpilot.tools.sources.rdfa import compact_rdfa


def test_the_rdfa_graph_becomes_one_nested_job_posting(shared_text):
    page = shared_text("career_pages/schemaorg_eg-0028_rdfa.html")
    nodes = extruct.extract(page, base_url="https://abc.example/jobs/1", syntaxes=["rdfa"])["rdfa"]

    (posting,) = find_job_postings(compact_rdfa(nodes))

    assert posting["@type"] == "JobPosting" and posting["title"] == "Software Engineer"
    assert posting["hiringOrganization"] == {"@type": "Organization", "name": "ABC Company Inc."}
    address = posting["jobLocation"]["address"]
    assert address["@type"] == "PostalAddress" and address["addressLocality"] == "Kirkland"


def test_nodes_that_point_at_each_other_do_not_recurse_forever():
    a = {"@id": "_:a", "@type": ["https://schema.org/Organization"], "https://schema.org/parentOrganization": []}
    b = {"@id": "_:b", "@type": ["https://schema.org/Organization"], "https://schema.org/subOrganization": []}
    a["https://schema.org/parentOrganization"].append({"@id": "_:b"})
    b["https://schema.org/subOrganization"].append({"@id": "_:a"})
    hiring = {"@id": "_:a"}
    top = {"@id": "_:t", "@type": ["http://schema.org/JobPosting"], "https://schema.org/hiringOrganization": [hiring]}

    (posting,) = compact_rdfa([top, a, b])

    assert posting["hiringOrganization"]["parentOrganization"]["@type"] == "Organization"
