"""Embeddings from an OpenAI-compatible /v1/embeddings endpoint: store, query, switch models, never mix.

The endpoint is the local OpenAI-wire test server: hashed bag-of-words vectors, a dimension per model name.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careerpilot.config import Settings
from careerpilot.domain.errors import ConfigError
from careerpilot.llm.embedders import remote_embedder
from careerpilot.memory.remote_embeddings import RemoteEmbedder
from careerpilot.memory.vectors import EmbeddingMismatch, VectorStore, open_chroma, recorded_model
from tests.support.cli import careerpilot
from tests.support.openai_server import OpenAIServer, embed_text

TEXTS = {
    "py": "Built Python backend services with Django and PostgreSQL",
    "ui": "Designed React dashboards in TypeScript for clinicians",
    "ops": "Ran Kubernetes clusters and Terraform pipelines on AWS",
}


@pytest.fixture
def endpoint() -> Iterator[OpenAIServer]:
    with OpenAIServer(embedding_dims={"emb-a": 8, "emb-b": 16}) as server:
        yield server


def store(tmp_path, server: OpenAIServer, model: str) -> VectorStore:
    return VectorStore(open_chroma(tmp_path / "chroma"), RemoteEmbedder(server.base_url, model, api_key="k"))


def test_store_and_query_through_the_endpoint(tmp_path, endpoint):
    vectors = store(tmp_path, endpoint, "emb-a")

    stored = vectors.vectors_for("lines", TEXTS)
    nearest = vectors.similar("lines", "python backend", limit=3)

    assert stored["py"] == pytest.approx(embed_text(TEXTS["py"], 8))  # the endpoint's vectors, as sent
    assert nearest[0]["id"] == "py" and nearest[0]["document"] == TEXTS["py"]
    assert {r["model"] for r in endpoint.embedding_requests} == {"emb-a"}
    sent = [t for r in endpoint.embedding_requests for t in r["input"]]
    assert sorted(t for t in sent if t in TEXTS.values()) == sorted(TEXTS.values())
    assert recorded_model(vectors.collection("lines").metadata) == ("emb-a", 8)
    # stored texts are not embedded again
    before = len(endpoint.embedding_requests)
    vectors.vectors_for("lines", TEXTS)
    assert len(endpoint.embedding_requests) == before


def test_switching_models_refuses_with_the_command_then_reembeds_with_progress(tmp_path, endpoint):
    store(tmp_path, endpoint, "emb-a").vectors_for("lines", TEXTS)
    switched = store(tmp_path, endpoint, "emb-b")

    with pytest.raises(EmbeddingMismatch, match="holds emb-a vectors .8 dimensions.*careerpilot embeddings reembed"):
        switched.vectors_for("lines", {"new": "Wrote Go services"})
    seen: list[tuple[str, int, int]] = []
    done = switched.reembed(lambda name, n, total: seen.append((name, n, total)), batch=2)

    assert done == {"lines": 3}
    assert seen == [("lines", 2, 3), ("lines", 3, 3)]
    assert switched.status() == [("lines", "emb-b", 16, 3)]
    assert switched.similar("lines", "kubernetes terraform", limit=1)[0]["id"] == "ops"
    stored = switched.collection("lines").get(ids=["ui"], include=["embeddings"])["embeddings"][0]
    assert list(stored) == pytest.approx(embed_text(TEXTS["ui"], 16))
    assert switched.reembed() == {}  # nothing left to do
    # and going back is refused the same way
    with pytest.raises(EmbeddingMismatch, match="holds emb-b vectors"):
        store(tmp_path, endpoint, "emb-a").similar("lines", "python")


def test_vectors_of_another_length_under_the_same_model_name_are_refused(tmp_path, endpoint):
    store(tmp_path, endpoint, "emb-a").vectors_for("lines", TEXTS)
    endpoint.embedding_dims["emb-a"] = 12  # the provider changed what the name means

    with pytest.raises(EmbeddingMismatch, match="emb-a vectors .8 dimensions.*emb-a .12"):
        store(tmp_path, endpoint, "emb-a").vectors_for("lines", {"new": "Wrote Go services"})


def test_one_embedder_refuses_a_length_change_mid_process(tmp_path, endpoint):
    vectors = store(tmp_path, endpoint, "emb-a")
    vectors.vectors_for("lines", TEXTS)
    endpoint.embedding_dims["emb-a"] = 12

    with pytest.raises(ConfigError, match="vectors of different lengths"):
        vectors.vectors_for("lines", {"new": "Wrote Go services"})
    assert vectors.collection("lines").count() == 3


def test_an_unreachable_endpoint_is_one_readable_line(tmp_path, endpoint):
    endpoint.stop()
    vectors = store(tmp_path, endpoint, "emb-a")

    with pytest.raises(ConfigError, match="unreachable .ConnectError.; check EMBEDDING_BASE_URL"):
        vectors.vectors_for("lines", TEXTS)


def test_settings_choose_the_endpoint_and_local_minilm_stays_the_default(tmp_path, endpoint):
    assert remote_embedder(Settings(_env_file=None, data_dir=tmp_path)) is None
    chosen = remote_embedder(
        Settings(_env_file=None, data_dir=tmp_path, embedding_base_url=endpoint.base_url, embedding_model="emb-b")
    )
    assert chosen is not None and chosen.model_name == "emb-b" and chosen.dimension == 16


def test_the_cli_refuses_then_reembeds(tmp_path, endpoint, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("EMBEDDING_BASE_URL", endpoint.base_url)
    monkeypatch.setenv("EMBEDDING_MODEL", "emb-a")
    VectorStore(open_chroma(data / "chroma"), RemoteEmbedder(endpoint.base_url, "emb-a")).vectors_for("lines", TEXTS)
    monkeypatch.setenv("EMBEDDING_MODEL", "emb-b")

    status = careerpilot("embeddings", "status", "--data-dir", data)
    reembed = careerpilot("embeddings", "reembed", "--data-dir", data)
    after = careerpilot("embeddings", "status", "--data-dir", data)

    assert "lines" in status.stdout and "emb-a (8 dimensions), 3 texts: needs re-embedding for emb-b" in status.stdout
    assert reembed.returncode == 0, reembed.stderr
    assert "lines: 3/3" in reembed.stdout and "re-embedded 3 texts of lines with emb-b" in reembed.stdout
    assert "emb-b (16 dimensions), 3 texts: ok" in after.stdout
