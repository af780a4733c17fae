"""Review r24e of h24e's unwrapping: complete lines that only look open must keep their lines.

A line ending on "must", "have", "over", "on" or a "+" reads as a clause left open, yet postings in several
countries end complete items there: "Xero experience a must" (NZ/AU), "Aged 18 or over" (UK/IE/ZA), "Proficiency in
C++" (US/IN), "CompTIA Security+" (US/CA), "Te reo Māori is a nice to have" (NZ), "Practical and hands on" (AU), and
question headings without a colon ("Who you'll work with"). Joined, a required item takes the next line's preferred
cue or a paragraph's words.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.layout import unwrapped
from tests.support.timing import cpu_seconds


@pytest.mark.parametrize(
    "text",
    [
        # NZ/AU: "a must" is a noun, the item is complete; the next line's cue is its own
        "Xero experience a must\nMYOB experience preferred\nFull driver licence",
        "- Police check is a must\nApply now with your CV and cover letter",
        "Availability to work weekends is an absolute must\nBarista experience desirable",
        # UK/IE/ZA: an age limit ends on "over"
        "Aged 18 or over\nCurrent First Aid certificate preferred\nOwn transport",
        "Applicants must be 21 years and over\nClean driving licence essential",
        # US/IN/CA: a language or a certification ending on "+"
        "Proficiency in C++\nExperience with Rust preferred\nLinux",
        "CompTIA Security+\nCCNA preferred",
        "Microsoft 365 and CompTIA A+\nWindows Server administration preferred",
        # NZ/UK: "nice to have" ends its item
        "Te reo Māori is a nice to have\nCurrent driver licence",
        "Welsh language skills are good to have\nFull UK driving licence required",
        # AU: "hands on" is an attribute
        "Practical and hands on\nTeam player with a can-do attitude",
        # question headings without a colon
        "Who you'll work with\nOur team of five engineers in Wellington.",
        "What you will be responsible for\nDelivering the monthly payroll for 300 staff.",
    ],
)
def test_a_complete_line_that_looks_open_keeps_its_line(text: str) -> None:
    assert unwrapped(text).splitlines() == text.splitlines()


@pytest.mark.parametrize(
    "text",
    [
        # AU: an item left on "and", then the EEO statement: a new sentence, its credentials no requirement
        "We value experience with Xero and\n"
        "We are an equal opportunity employer and encourage people with a CPA to apply.",
        # UK: a full-width line, then a sentence of the employer's own
        "The successful candidate will hold a CSCS card and have at least three years of site\n"
        "We offer a company van, 25 days of annual leave and a pension scheme.",
        # CA/ZA: the reader addressed in a new sentence
        "Experience with Sage Pastel or\nYou will report to the Finance Manager in Johannesburg.",
        "Fluency in English and French with\nIf you have questions, please call our Ottawa office.",
    ],
)
def test_a_sentence_of_its_own_after_an_open_line_keeps_its_line(text: str) -> None:
    assert unwrapped(text).splitlines() == text.splitlines()


def test_a_hospital_named_our_lady_still_goes_on() -> None:
    # IE: "Our Lady of Lourdes Hospital" is a name, not the employer speaking
    text = (
        "Two years of post-registration experience in an acute hospital such as\n"
        "Our Lady of Lourdes Hospital, Drogheda."
    )
    assert "such as Our Lady of Lourdes" in unwrapped(text)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # still open: the conjunction, the bare symbol, "must" as an auxiliary
        ("- Current registration with the Health &\n  Care Professions Council (HCPC)", "Health & Care Professions"),
        ("Applicants must hold a current licence and must\nbe able to lift 25 kg.", "and must be able to lift"),
        ("Registration with the Engineering Council of South Africa (ECSA) or\nSACPCMP is required.", "or SACPCMP"),
    ],
)
def test_a_line_open_mid_clause_still_goes_on(text: str, joined: str) -> None:
    assert joined in unwrapped(text)


@pytest.mark.parametrize(
    "piece",
    [
        "Xero experience a must\n",
        "Xero experience required\n",
        "Forklift licence\n",
        "C++\n",
        "Aged 18 or over\n",
        "a\n",
        "x (\n\n",
        "Who you'll work with\n",
        "+ &\n",
    ],
)
def test_unwrapping_stays_fast_on_hostile_input(piece: str) -> None:
    text = (piece * (20_000 // len(piece) + 1))[:20_000]
    assert cpu_seconds(unwrapped, text) < 0.05
