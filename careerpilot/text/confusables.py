"""Look-alike letters in short names (companies, titles) folded back to the Latin letters they imitate.

Cheap on purpose: ASCII names return at once; fullwidth forms and mathematical alphanumerics go through NFKC one
character at a time (NFKC of a whole name would also turn ``™`` into ``TM``); Cyrillic and Greek letters are
replaced only where a name mixes them with Latin, so a real Russian or Greek name stays as written:

* in a word that also holds Latin letters (``Gооgle`` with two Cyrillic ``о``), every listed look-alike is folded;
* a word made only of listed look-alikes (a Cyrillic ``Арр``) is folded when another word of the name is Latin
  (``Арр Inc``) and the name holds no Cyrillic or Greek letter outside the list; ``СССР`` alone stays Cyrillic.

Provenance of ``LATIN_LOOKALIKES``: single-letter entries of the Unicode Consortium's confusables.txt (Unicode
Technical Standard #39, https://www.unicode.org/Public/security/latest/confusables.txt, lines such as
``0430 ; 0061 ; MA # ( а → a ) CYRILLIC SMALL LETTER A → LATIN SMALL LETTER A``), restricted by hand to Cyrillic
and Greek letters whose prototype is one ASCII letter and that look the same in common fonts.
"""

from __future__ import annotations

import re
import unicodedata

LATIN_LOOKALIKES: dict[str, str] = {
    # Cyrillic capitals
    "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041d": "H", "\u0406": "I", "\u0408": "J",
    "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0405": "S", "\u0422": "T", "\u0425": "X",
    "\u04ae": "Y", "\u051a": "Q", "\u051c": "W", "\u04c0": "I",
    # Cyrillic small letters
    "\u0430": "a", "\u0441": "c", "\u0501": "d", "\u0435": "e", "\u04bb": "h", "\u0456": "i", "\u0458": "j",
    "\u04cf": "l", "\u043e": "o", "\u0440": "p", "\u051b": "q", "\u0455": "s", "\u0475": "v", "\u051d": "w",
    "\u0445": "x", "\u0443": "y", "\u04af": "y",
    # Greek capitals
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039a": "K",
    "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X",
    # Greek small letters
    "\u03b1": "a", "\u03b9": "i", "\u03bd": "v", "\u03bf": "o", "\u03c1": "p", "\u03c5": "u",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_WIDE_OR_STYLED = re.compile(r"[\u3000\uff01-\uff5e\U0001d400-\U0001d7ff]")


def _is_latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff"


def _is_cyrillic_or_greek(char: str) -> bool:
    return "\u0370" <= char <= "\u052f" or "\u1f00" <= char <= "\u1fff"


def fold_confusables(name: str) -> str:
    """Return a name with fullwidth, math-styled and mixed-in Cyrillic/Greek look-alikes as plain Latin letters."""
    if name.isascii():
        return name
    name = _WIDE_OR_STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), name)
    if not any(_is_cyrillic_or_greek(char) for char in name):
        return name
    words = _WORD.findall(name)
    latin_elsewhere = {w for w in words if any(_is_latin(c) for c in w)}
    foreign = [c for w in words if w not in latin_elsewhere for c in w if _is_cyrillic_or_greek(c)]
    disguise_only = bool(latin_elsewhere) and all(c in LATIN_LOOKALIKES for c in foreign)

    def fold(match: re.Match[str]) -> str:
        word = match.group()
        if word in latin_elsewhere or disguise_only:
            return "".join(LATIN_LOOKALIKES.get(char, char) for char in word)
        return word

    return _WORD.sub(fold, name)
