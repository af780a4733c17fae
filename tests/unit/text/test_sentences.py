"""Sentences, content words and whole-value numbers: what the sentence verifier compares."""

import pytest

from careerpilot.text.claims import counted_numbers, extract_claims, number_values
from careerpilot.text.sentences import content_words, joined_pairs, same_word, split_sentences


def test_sentences_split_at_their_ends_but_not_after_abbreviations_or_inside_names() -> None:
    text = (
        "I built d3.js charts, e.g. for Node.js apps! Jane Q. Doe reviewed them. At Area 52: Etc. "
        "Acme Inc. and Foo Ltd. were clients.\n\nSincerely,\nMaya"
    )

    assert split_sentences(text) == [
        "I built d3.js charts, e.g. for Node.js apps!",
        "Jane Q. Doe reviewed them.",
        "At Area 52: Etc.",
        "Acme Inc. and Foo Ltd. were clients.",
        "Sincerely,",
        "Maya",
    ]


def test_content_words_drop_stop_and_connective_words_and_share_forms_across_tenses() -> None:
    written = content_words("I currently led 4 engineers who rebuilt the clinic dashboard in 2021, cutting costs.")
    source = content_words("Leading engineers rebuilding clinic dashboards; cut costs")

    assert list(written.values()) == ["led", "engineers", "rebuilt", "clinic", "dashboard", "cutting", "costs"]
    assert written.keys() == source.keys()


def test_rephrasing_verbs_share_one_form_but_unrelated_words_do_not() -> None:
    assert content_words("Migrated the service").keys() == content_words("Moved the service").keys()
    assert content_words("Developed a tool").keys() == content_words("Built a tool").keys()
    assert content_words("Audited a tool").keys() != content_words("Built a tool").keys()


def test_same_word_takes_stems_sharing_most_letters_only() -> None:
    assert same_word("optim", "optimiz")
    assert not same_word("plan", "plant")
    assert "copyright" in joined_pairs("violating copy right laws")


@pytest.mark.parametrize("phone", ["+1 415 555 0142", "(912) 555-4321", "1-650-999-7777"])
def test_a_phone_number_holds_no_number(phone: str) -> None:
    assert number_values(f"Call me at {phone}.") == set()


def test_numbers_keep_their_units_so_none_backs_another() -> None:
    assert number_values("50 GB each night") == {(50.0, " gb")}
    assert number_values("50 TB each night") == {(50.0, " tb")}
    assert number_values("pay of $1") == {(1.0, "$")}
    assert number_values("400 clinics") == {(400.0, "")}


def test_each_number_knows_the_word_it_counts() -> None:
    assert counted_numbers("Led teams of 5-10 engineers, a 5-person team and 2M+ daily users for 6 months.") == [
        ("5", "engineers"),
        ("10", "engineers"),
        ("5", "person"),
        ("2e+06", "daily"),
        ("6 month", "months"),
    ]


def test_a_leading_verb_is_not_read_as_part_of_a_name() -> None:
    claims = {(claim.kind, claim.text) for claim in extract_claims("Cut API response times by 60%")}

    assert ("name", "Cut API") not in claims
    assert ("number", "60%") in claims
