"""Which language a posting is written in, by a real language identifier (py3langid), fitted to postings.

The matcher reads English: its vocabulary, stems and requirement patterns are English. A posting in another
language gets a low-confidence score with a note saying so. Terse English (bullet fragments with few function
words: "CDL-A. Hazmat. 2 yrs OTR.") is English, never penalised: the identifier is asked only when the share
of English function words is low, it chooses among the languages postings are commonly written in, and only a
confident answer (and enough words to judge) flags a posting.
"""

from __future__ import annotations

import logging
import lzma
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from careerpilot.text.terms import STOP_WORDS, words

log = logging.getLogger(__name__)

# The languages postings are commonly written in; limiting the choice keeps terse English from being read as
# Catalan or Welsh (py3langid's 97 languages include many that share English's short tokens).
POSTING_LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "ro", "hu", "tr", "ru", "uk",
    "el", "ar", "he", "hi", "zh", "ja", "ko", "vi", "th", "id", "ms",
)  # fmt: skip
NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "el": "Greek",
    "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "ms": "Malay",
}  # fmt: skip
ENGLISH_PROSE = 0.2  # share of English function words above which a text is English prose without asking
CONFIDENT = 0.9  # the identifier's probability needed to call a posting not English
MIN_WORDS = 8  # fewer words are too few to judge the language of


@dataclass(frozen=True)
class Language:
    """A text's language as identified: ISO 639-1 code, name and the identifier's probability."""

    code: str
    name: str
    probability: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """Return py3langid's identifier (loaded once, ~0.5 s), limited to POSTING_LANGUAGES, with probabilities.

    Its byte automaton (a 39 MB table) is read from a memory-mapped copy of the model: only the pages a walk
    touches are resident, they are shared between processes and the system may drop them, where py3langid's own
    loader copies the table into every process (the example run peaked ~45 MB higher that way).
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        folder = _unpacked_model(Path(MODEL_DIR) / MODEL_FILE)
    except (OSError, ValueError) as exc:  # a read-only home, a full disk: the package's own loader still works
        log.info("language model not unpacked (%s); loading it into memory", exc)
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(POSTING_LANGUAGES))
        return identifier

    def part(name: str, mapped: bool = False) -> np.ndarray:
        return np.load(folder / f"{name}.npy", mmap_mode="r" if mapped else None, allow_pickle=False)

    classes = part("classes").tolist()
    kept = [i for i, code in enumerate(classes) if code in POSTING_LANGUAGES]
    return LanguageIdentifier(
        np.ascontiguousarray(part("ptc", mapped=True)[:, kept]),
        part("pc")[kept],
        [classes[i] for i in kept],
        part("nextmove", mapped=True),
        part("out_feat").tolist(),
        norm_probs=True,
        tk_row=part("nextmove_row").tolist(),
    )


_MODEL_PARTS = ("classes", "pc", "nextmove", "nextmove_row", "out_feat", "ptc")  # ptc last: its file says "complete"


def _unpacked_model(packed: Path) -> Path:
    """Return the user's cache folder holding the model's arrays as .npy files, unpacking them the first time.

    Each file is written under a private name and renamed into place, so processes starting together never read
    a half-written one.
    """
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = cache / "careerpilot" / f"langid-{packed.stat().st_size}"
    if (folder / f"{_MODEL_PARTS[-1]}.npy").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as unpacked:  # npz is a zip: it reads by seeking, which lzma does slowly
        with lzma.open(packed) as stream:
            shutil.copyfileobj(stream, unpacked, 1 << 20)
        unpacked.seek(0)
        with np.load(unpacked, allow_pickle=False) as arrays:
            for name in _MODEL_PARTS:
                staging = folder / f".{name}.{os.getpid()}.npy"
                np.save(staging, arrays[name])
                os.replace(staging, folder / f"{name}.npy")
    return folder


def function_word_share(text: str) -> float:
    """Return the share of common English function words among the words (~0.3+ for English prose)."""
    tokens = words(text)
    return sum(1 for t in tokens if t in STOP_WORDS) / len(tokens) if tokens else 0.0


@lru_cache(maxsize=4096)
def foreign_language(text: str) -> Language | None:
    """Return the language of a text that is confidently not English, else None (English, terse or unsure)."""
    sample = text[:4000]
    if len(sample.split()) < MIN_WORDS or function_word_share(sample) >= ENGLISH_PROSE:
        return None
    code, probability = _identifier().classify(sample)
    if code == "en" or probability < CONFIDENT:
        return None
    return Language(code=code, name=NAMES.get(code, code), probability=round(float(probability), 2))
