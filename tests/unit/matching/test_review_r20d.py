"""Review r20d of h20d's general reads: wording from other occupations the new rules misread."""

from __future__ import annotations

from careerpilot.matching.requirements import _years


def test_practice_after_a_professions_adjective_is_the_profession_not_a_workplace() -> None:
    # a dentist's, a GP practice nurse's, a vet's, a solicitor's years: "dental" alone is any dental worker's
    assert _years("At least 3 years of post-graduate experience in general dental practice")[1] == (
        "general dental practice"
    )
    assert _years("2 years' experience in general practice")[1] == "general practice"
    assert _years("5 years in veterinary practice")[1] == "veterinary practice"
    assert _years("3+ years' PQE in a legal practice")[1] != "legal"
    # a noun before it is the field, the practice the firm (h20d's reading kept)
    assert _years("At least 4 years' experience in patent practice")[1] == "patent"
    assert _years("4 years' post-qualification experience in a litigation practice")[1] == "litigation"
    assert _years("Minimum 3 years in private practice") == (3.0, "")
