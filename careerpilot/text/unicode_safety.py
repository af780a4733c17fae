"""Characters that hide or reorder text, removed from untrusted text before anyone reads it.

The rule (docs/safety.md repeats it for readers):

* Bidirectional controls are always removed: the embeddings and overrides U+202A–U+202E, the isolates
  U+2066–U+2069, the marks U+200E/U+200F and the Arabic letter mark U+061C. A right-to-left override in a company
  name shows ``Acme`` while the text says ``emcA``; no posting needs them to read correctly, because the Unicode
  bidi algorithm already orders Arabic and Hebrew text by itself.
* Invisible characters are removed: every control (Cc) except tab and newline, every format character (Cf), lone
  surrogates, the tag characters U+E0000–U+E007F (invisible ASCII look-alikes that carry hidden instructions to
  models), and the Hangul fillers U+3164/U+FFA0 (blank "letters" that fake empty names). Carriage returns, vertical
  tabs, form feeds, U+0085, U+2028 and U+2029 become newlines rather than vanish, so words on two lines stay apart.
* Two exceptions keep real names intact. ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D) stay when
  both neighbours belong to a script that shapes with them (Arabic and Persian, Syriac, N'Ko, the Indic scripts from
  Devanagari to Sinhala, Tibetan, Myanmar, Khmer, Mongolian); ZWJ also stays between two emoji (``👩‍💻``). The visible
  "prepended concatenation marks" (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD) are Cf
  but print as signs, so they stay too.

Text without any of these characters is returned unchanged after one regex search.
"""

from __future__ import annotations

import re

ZWNJ = "\u200c"
ZWJ = "\u200d"

# Every Cc and Cf code point (Unicode 15.1) except tab, newline and the visible prepended concatenation marks, plus
# lone surrogates, tag characters and the Hangul fillers. tests/unit/text/test_unicode_safety.py checks this list
# against unicodedata, so a new Unicode version that adds format characters fails a test instead of slipping by.
_REMOVED_BMP = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f"
    "\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb"
)
_REMOVED_ASTRAL = "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
_SUSPECT = re.compile(f"[{_REMOVED_BMP}{_REMOVED_ASTRAL}]")
# Searching for astral ranges is several times slower than for BMP ones, so the checks go from cheap to dear.
_ASCII_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SUSPECT_BMP = re.compile(f"[{_REMOVED_BMP}]")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LINE_BREAKS = frozenset("\r\x0b\x0c\x85\u2028\u2029")

# Blocks whose scripts join or conjoin letters with ZWJ/ZWNJ (inclusive ranges of code points).
_JOINING_BLOCKS = (
    (0x0600, 0x08FF),  # Arabic (Persian, Urdu, ...), Syriac, Arabic Supplement, Thaana, N'Ko, Arabic Extended
    (0x0900, 0x0DFF),  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x18AF),  # Khmer, Mongolian
    (0xA8E0, 0xA8FF),  # Devanagari Extended
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFE),  # Arabic Presentation Forms-B
)
# Emoji and the pictographic symbols ZWJ sequences are made of, with VS16 and the skin-tone modifiers.
_EMOJI_BLOCKS = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
_VS16 = "\ufe0f"


def _in_blocks(char: str, blocks: tuple[tuple[int, int], ...]) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in blocks)


def _joins(before: str, after: str, *, emoji: bool) -> bool:
    """Return True when a joiner between these two characters shapes a real script (or an emoji sequence)."""
    if not before or not after:
        return False
    if _in_blocks(before, _JOINING_BLOCKS) and _in_blocks(after, _JOINING_BLOCKS):
        return True
    return emoji and (before == _VS16 or _in_blocks(before, _EMOJI_BLOCKS)) and _in_blocks(after, _EMOJI_BLOCKS)


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    if char in _LINE_BREAKS:
        return "\n"
    if char == ZWJ or char == ZWNJ:
        text, at = match.string, match.start()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        return char if _joins(before, after, emoji=char == ZWJ) else ""
    return ""


def _suspect(text: str) -> bool:
    """Return True when the text may hold a character to remove (exactly when it holds one)."""
    if text.isascii():
        return _ASCII_CONTROLS.search(text) is not None
    if _SUSPECT_BMP.search(text):
        return True
    return ASTRAL.search(text) is not None and _SUSPECT.search(text) is not None


def strip_invisible(text: str) -> str:
    """Return the text without bidi controls, zero-width, control and format characters (see the module rule)."""
    if not _suspect(text):
        return text
    return _SUSPECT.sub(_replacement, text.replace("\r\n", "\n"))


def has_invisible(text: str) -> bool:
    """Return True when ``strip_invisible`` would change the text."""
    return strip_invisible(text) != text


def clean_line(text: str) -> str:
    """Return one display line: invisible characters removed, every run of whitespace one space, trimmed."""
    return " ".join(strip_invisible(text).split())
