"""Review of h23e: a school's award in another field holds nothing; a maker's name alone still holds its product.

An education entry holds the diploma or certificate asked only where it names that qualification, not another one of
the same kind ("Diploma of Financial Planning" is no "Diploma of Early Childhood Education and Care"); and a
product keyed by its first plain name is refused only where the resume writes another name after it ("Articulate
Rise"), not where it writes the name alone ("Epic", "Lido"), as a resume often does.
"""

from __future__ import annotations

import re

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching.products import holds
from careerpilot.matching.service import QUOTE_MAX, posting_words
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)


def _resume(work: list[str], education: list[dict[str, str]]) -> Resume:
    role = {"position": "Assistant", "name": "Harbour Group", "startDate": "2018-02", "highlights": work}
    return Resume.model_validate({"basics": {"name": "A. Candidate"}, "work": [role], "education": education})


OTHER_FIELD = [
    # AU: a diploma in another field
    (
        "Educator - Perth\n\nAbout you:\n- Diploma of Early Childhood Education and Care (ACECQA approved)\n"
        "- 2+ years in a long day care centre\n",
        ["Supervised toddlers' play and meals in a long day care centre"],
        "Diploma of Financial Planning",
        "Early Childhood",
    ),
    # IE: a QQI certificate in another field
    (
        "Supervisor - Cork\n\nRequirements:\n- QQI Level 6 Certificate in Supervisory Management\n"
        "- 2+ years supervising a retail team\n",
        ["Led a retail team of eight on the shop floor"],
        "QQI Level 6 Certificate in Childcare",
        "Supervisory Management",
    ),
    # UK: an NVQ diploma in another trade
    (
        "Installer - Leeds\n\nEssential:\n- NVQ Level 3 Diploma in Electrical Installation\n"
        "- 2+ years on domestic rewires\n",
        ["Helped on domestic rewires and consumer unit changes"],
        "NVQ Level 3 Diploma in Hairdressing",
        "Electrical Installation",
    ),
]


@pytest.mark.parametrize(("posting", "work", "study", "asked"), OTHER_FIELD)
def test_a_school_award_in_another_field_does_not_hold_the_one_asked(service, posting, work, study, asked):
    job = JobPosting(id="of", source="test", title="Role", description_text=posting)
    match = service.rank([job], _resume(work, [{"studyType": study}]), JobFilters(), PLAN).matches[0]
    assert any(asked in m for m in match.missing), match.missing


SAME_FIELD = [
    # NZ / ZA / CA: the same qualification written in the education section
    (
        "Educator - Auckland\n\nAbout you:\n- New Zealand Diploma in Early Childhood Education and Care (Level 5)\n"
        "- 2+ years in a centre\n",
        "New Zealand Diploma in Early Childhood Education and Care (Level 5)",
        "Early Childhood",
    ),
    (
        "Bookkeeper - Toronto\n\nRequirements:\n- Certificate in Payroll Management (PCP) from the NPI\n"
        "- 2+ years of bookkeeping\n",
        "Certificate in Payroll Management",
        "Payroll Management",
    ),
]


@pytest.mark.parametrize(("posting", "study", "asked"), SAME_FIELD)
def test_the_same_award_in_the_education_is_held(service, posting, study, asked):
    job = JobPosting(id="sf", source="test", title="Role", description_text=posting)
    resume = _resume(["Two years in a centre and two years of bookkeeping"], [{"studyType": study}])
    match = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    assert not any(asked in m for m in match.missing), match.missing


@pytest.mark.parametrize(
    ("resume", "product"),
    [
        ("Charted meds and orders in Epic (ClinDoc, Beaker) at a 400-bed hospital", "Epic Systems"),  # US
        ("Built build-and-charge reports in EPIC and Cerner", "Epic Systems"),  # CA
        ("Filed plans through Lido for the B737 fleet", "Lido Flight"),  # IE
        ("Month-end in Xero for 40 small-business clients", "Xero Practice Manager"),  # NZ
    ],
)
def test_a_makers_name_written_alone_still_holds_its_product(resume, product):
    assert holds(resume, product)


@pytest.mark.parametrize(
    ("resume", "product"),
    [
        ("Built courses in Articulate Rise 360", "Articulate Storyline"),  # AU
        ("Ran ledgers in Sage 50 and Sage Payroll", "Sage Intacct"),  # UK
        ("Managed paid search in Google Ads", "Google Analytics"),  # IN
        ("Epic Cadence scheduling for outpatient clinics", "Epic Beaker"),  # US
    ],
)
def test_a_makers_other_named_product_does_not_hold_the_one_asked(resume, product):
    assert not holds(resume, product)


def test_holding_by_the_makers_name_stays_linear_on_hostile_text():
    for hostile in ("Epic " * 4_000, "a a " * 5_000, "/A/A" * 5_000, " " * 20_000, "EPIC Epic epic " * 1_300):
        assert cpu_seconds(holds, hostile, "Epic Systems") < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "Registered nurse with the Nursing and Midwifery Board of Ireland (NMBI) and current registration\u200b"
        "\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b with proof of PIN, essential",
        "AHPRA registration as a Registered Nurse (Division 1), unconditional, current, with no notations or "
        "conditions of any kind; Medicare provider number desirable",
        "Registered\tNurse\x07 (NMC)\x00 with a valid PIN",
        "Registered Nurse\u00ad\u200b (SANC) " + "with current annual practising certificate " * 4,
    ],
)
def test_a_quote_is_bounded_whole_words_and_shows_no_hidden_text(text):
    quote = posting_words(text, "Registered Nurse")
    assert len(quote) <= QUOTE_MAX
    assert all(c.isprintable() and c not in "\u200b\u00ad" for c in quote), repr(quote)
    # whole words: the quote's last word is one of the posting's, not the start of one
    assert quote == "" or re.search(rf"\b{re.escape(quote.split()[-1])}(?![A-Za-z0-9])", text)
