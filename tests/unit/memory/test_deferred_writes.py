"""Deferred vector writes: one Chroma upsert per collection for a whole ranking, readable before they are written."""

from __future__ import annotations

import pytest

from careerpilot.memory.vectors import VectorStore, open_chroma


@pytest.fixture
def vectors(tmp_path, embedder) -> VectorStore:
    return VectorStore(open_chroma(tmp_path / "chroma"), embedder)


def _upserts(vectors: VectorStore, monkeypatch) -> list[tuple[str, list[str]]]:
    calls: list[tuple[str, list[str]]] = []
    real = vectors.call

    def spy(name: str, method: str, **kwargs):
        if method == "upsert":
            calls.append((name, list(kwargs["ids"])))
        return real(name, method, **kwargs)

    monkeypatch.setattr(vectors, "call", spy)
    return calls


def test_writes_in_a_deferred_block_land_in_one_upsert_at_its_end(vectors, monkeypatch):
    upserts = _upserts(vectors, monkeypatch)
    with vectors.deferred_writes():
        vectors.vectors_for("lines_bench", {"a": "Registered nurse on a cardiac ward"})
        vectors.vectors_for("lines_bench", {"b": "Forklift operator, warehouse night shift"})
        assert upserts == []
    assert upserts == [("lines_bench", ["a", "b"])]
    stored = vectors.call("lines_bench", "get", ids=["a", "b"], include=["documents"])
    assert sorted(stored["documents"]) == [
        "Forklift operator, warehouse night shift",
        "Registered nurse on a cardiac ward",
    ]


def test_a_held_vector_is_reused_not_embedded_again(vectors):
    with vectors.deferred_writes():
        first = vectors.vectors_for("lines_bench", {"a": "Journeyman electrician licence"})
        vectors._memo.clear()  # only the held rows can answer now
        before = vectors.embedder.texts_embedded
        again = vectors.vectors_for("lines_bench", {"a": "Journeyman electrician licence"})
        assert vectors.embedder.texts_embedded == before
    assert again["a"] == first["a"]


def test_writes_outside_a_block_go_straight_to_chroma(vectors, monkeypatch):
    upserts = _upserts(vectors, monkeypatch)
    vectors.vectors_for("lines_bench", {"c": "CDL class A with hazmat endorsement"})
    assert upserts == [("lines_bench", ["c"])]


def test_nested_blocks_write_once_at_the_outer_end(vectors, monkeypatch):
    upserts = _upserts(vectors, monkeypatch)
    with vectors.deferred_writes():
        with vectors.deferred_writes():
            vectors.vectors_for("lines_bench", {"d": "Series 7 and Series 66"})
        assert upserts == []
    assert upserts == [("lines_bench", ["d"])]
