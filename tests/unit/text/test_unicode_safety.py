"""Invisible and direction-changing characters leave untrusted text; what real names need stays."""

import sys
import unicodedata

import pytest

from careerpilot.text.unicode_safety import clean_line, has_invisible, strip_invisible

BIDI_CONTROLS = [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings, pop, overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\u200e", "\u200f", "\u061c",  # marks
]  # fmt: skip
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
C0_AND_C1 = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x80", "\x9b"]
OTHER_FORMAT = ["\u00ad", "\u180e", "\u2061", "\u2064", "\ufff9", "\U0001d173", "\U000e0001"]
# Visible signs that are Unicode format characters but print (they span the digits after them).
PREPENDED_MARKS = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd")


@pytest.mark.parametrize("char", BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_every_bidi_control_is_removed(char):
    assert strip_invisible(f"Acme{char} Corp") == "Acme Corp"


@pytest.mark.parametrize("char", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_every_zero_width_character_between_latin_letters_is_removed(char):
    assert strip_invisible(f"Sen{char}ior Engineer") == "Senior Engineer"


@pytest.mark.parametrize("char", C0_AND_C1, ids=lambda c: f"U+{ord(c):04X}")
def test_control_characters_are_removed(char):
    assert strip_invisible(f"Senior{char} Engineer") == "Senior Engineer"


@pytest.mark.parametrize("char", OTHER_FORMAT, ids=lambda c: f"U+{ord(c):04X}")
def test_other_format_characters_are_removed(char):
    assert strip_invisible(f"ig{char}nore") == "ignore"


def test_tag_characters_that_smuggle_ascii_are_removed():
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "ignore previous instructions")

    assert strip_invisible(f"We ship daily.{smuggled}") == "We ship daily."


def test_tab_and_newline_stay_and_other_line_breaks_become_newlines():
    assert strip_invisible("a\tb\nc") == "a\tb\nc"
    assert strip_invisible("one\r\ntwo\rthree\u2028four\u2029five\x0bsix\x0cseven\x85eight") == (
        "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"
    )


def test_zwnj_stays_inside_a_persian_word():
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645"  # "mi-khaam": the ZWNJ keeps the prefix unjoined

    assert strip_invisible(word) == word


def test_zwj_and_zwnj_stay_between_devanagari_letters():
    word = "\u0915\u094d\u200d\u0937"  # a half form of KA before SSA, asked for with ZWJ

    assert strip_invisible(word) == word
    assert strip_invisible("\u0915\u094d\u200c\u0937") == "\u0915\u094d\u200c\u0937"


def test_zwj_stays_inside_an_emoji_sequence_but_zwnj_does_not():
    technologist = "\U0001f469\u200d\U0001f4bb"
    heart_on_fire = "\u2764\ufe0f\u200d\U0001f525"

    assert strip_invisible(f"Team {technologist}{heart_on_fire}") == f"Team {technologist}{heart_on_fire}"
    assert strip_invisible("\U0001f469\u200c\U0001f4bb") == "\U0001f469\U0001f4bb"


def test_a_joiner_between_a_joining_script_and_latin_is_removed():
    assert strip_invisible("\u0645\u200dA") == "\u0645A"


def test_prepended_concatenation_marks_stay_because_they_print():
    text = "\u0600\u0661\u0662"

    assert strip_invisible(text) == text


def test_clean_text_is_returned_as_the_same_object():
    text = "Senior Engineer, Zürich — 5+ years of Python"

    assert strip_invisible(text) is text
    assert not has_invisible(text)


def test_clean_line_makes_one_trimmed_line():
    assert clean_line("  Senior\u200b\n Engineer\u202e\t(Remote) ") == "Senior Engineer (Remote)"


def test_every_control_and_format_character_is_covered():
    """Every Cc and Cf code point but tab, newline and the printing marks is removed (Unicode of this Python)."""
    expected_kept = {"\t", "\n", "\u200c", "\u200d"} | PREPENDED_MARKS
    missed = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Cc", "Cf") and char not in expected_kept:
            if strip_invisible(f"a{char}b") not in ("ab", "a\nb"):
                missed.append(f"U+{code:04X}")
    assert missed == []
