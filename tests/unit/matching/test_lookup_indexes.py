"""The indexes and precompiled patterns that make requirement extraction fast find what the plain loops found."""

from careerpilot.domain.skills import _SPELLING_WORDS, OCCUPATION_SPELLINGS, _about_the_trade, find_skills
from careerpilot.matching.conditions import categories, condition_of
from careerpilot.matching.credentials import expand_series, vocabulary

ITEMS = [
    "Must pass a pre-employment drug screen and background check",
    "Able to lift 60 lbs and stand for 10 hours",
    "Willing to work weekends and holidays as needed",
    "Own hand tools and a reliable vehicle",
    "Valid driver's license and a clean driving record",
    "Current TB test and flu shot",
    "3+ years of commercial HVAC service",
    "Proficient in Excel; strong written communication",
    "",
]


def test_a_credential_is_tried_whenever_the_text_holds_one_of_its_anchors():
    vocab = vocabulary()
    ids = list(vocab.patterns)
    for cid, anchors in vocab.anchors.items():
        for anchor in anchors:
            assert cid in vocab._candidates({anchor})
    always = [cid for cid in ids if not vocab.anchors[cid]]
    assert vocab._candidates(set()) == always
    assert vocab._candidates({"nothing-anchors-this"}) == always


def test_candidates_keep_the_vocabulary_order():
    vocab = vocabulary()
    ids = list(vocab.patterns)
    every_anchor = {a for anchors in vocab.anchors.values() for a in anchors}
    assert vocab._candidates(every_anchor) == ids


def test_a_conditions_category_finds_exactly_what_one_of_its_patterns_finds():
    for category in categories():
        for item in ITEMS:
            assert bool(category.any_pattern.search(item)) == any(p.search(item) for p in category.patterns)
    assert condition_of("Able to lift 60 lbs and stand for 10 hours") is not None
    assert condition_of("3+ years of commercial HVAC service") is None


def test_a_module_counts_only_right_after_its_product_and_one_space():
    assert find_skills("Workday Recruiting") == {"Workday"}
    assert find_skills("Workday  Recruiting") == {"Workday", "Recruiting"}  # two spaces: two things listed
    assert find_skills("Workday, Recruiting") == {"Workday", "Recruiting"}
    assert find_skills("Workday recruiting") == {"Workday", "Recruiting"}  # lower case: the practice itself


def test_each_trade_spelling_is_precompiled_as_a_whole_word():
    assert set(_SPELLING_WORDS) == set(OCCUPATION_SPELLINGS)
    assert _SPELLING_WORDS["Chef"].search("Head Chef wanted")
    assert not _SPELLING_WORDS["Chef"].search("Chefs wanted")
    assert _about_the_trade("Sous Chef in a busy kitchen", "Chef")
    assert not _about_the_trade("Chef and Terraform for our fleet", "Chef")
    assert not _about_the_trade("Chefs in our kitchen", "Chef")  # no sentence names the spelling itself


def test_finding_in_expanded_text_is_finding_in_the_text():
    vocab = vocabulary()
    item = "FINRA Series 7 and 66 licenses; CFA Level I and II a plus"
    assert vocab.find(item) == vocab.find_expanded(expand_series(item))
    assert {"series_7", "series_66"} <= {m.id for m in vocab.find(item)}
