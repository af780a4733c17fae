"""The language identifier read from its memory-mapped, unpacked model answers as py3langid's own loader does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from careerpilot.matching import language

POSTINGS = {
    "de": "Wir suchen einen erfahrenen Elektriker für unsere Baustellen in München und Umgebung mit Führerschein",
    "fr": "Nous recherchons un infirmier diplômé pour notre service de soins intensifs à Lyon, temps plein",
    "es": "Buscamos contador con experiencia en NIIF y manejo de SAP para nuestra oficina en Madrid",
    "en": "CDL-A. Hazmat. Clean MVR. 2 yrs OTR. Home weekly. Team player. Flatbed tarping.",
}


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def test_unpacked_model_classifies_like_py3langid(fresh_cache: Path) -> None:
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(list(language.POSTING_LANGUAGES))
    ours = language._identifier()
    for code, text in POSTINGS.items():
        assert ours.classify(text) == reference.classify(text)
        assert ours.classify(text)[0] == code
    unpacked = next((fresh_cache / "careerpilot").glob("langid-*"))
    assert sorted(p.stem for p in unpacked.glob("*.npy")) == sorted(language._MODEL_PARTS)
    assert isinstance(ours.tk_nextmove, np.memmap)  # mapped, not copied into the process


def test_unpacking_is_done_once(fresh_cache: Path) -> None:
    language._identifier()
    files = {p: p.stat().st_mtime_ns for p in (fresh_cache / "careerpilot").rglob("*.npy")}
    language._identifier.cache_clear()
    language._identifier()
    assert files and {p: p.stat().st_mtime_ns for p in files} == files


def test_unwritable_cache_falls_back_to_loading_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    language._identifier.cache_clear()
    try:
        assert language._identifier().classify(POSTINGS["de"])[0] == "de"
    finally:
        language._identifier.cache_clear()
