"""all-MiniLM-L6-v2 in numpy: the six-layer BERT encoder, mean pooling and L2 normalisation, with no torch.

The same computation as sentence-transformers' pipeline for this model (``modules.json``: Transformer with
``max_seq_length`` 256, mean pooling over the attention mask, Normalize), over the package's ``model.safetensors``
(memory-mapped, not copied) and ``tokenizer.json`` (run by ``tokenizers``). Three choices keep it as fast as torch
on a small machine:

- Texts are packed, not padded: the dense layers run over the real word pieces of many texts at once and
  attention runs per text, so no work goes to padding and a vector does not depend on its batch-mates.
- Each CPU gets its own group of texts and BLAS runs single-threaded inside it. OpenBLAS would otherwise split
  every small per-head attention product across threads, which stalls badly when other processes share the CPUs.
- GELU is the exact (erf) form; numpy has no erf, so it is a rational approximation good to 5e-7.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController
from tokenizers import Tokenizer

MAX_WORD_PIECES = 256  # sentence_bert_config.json; tokenizer.json itself says 128, which would cut texts short
TOKENS_PER_PASS = 2048  # word pieces per forward pass: bounds the activations (~30 MB a pass) and stays fast
_MADV_DONTNEED = 4  # madvise's advice number (Linux)
_CHUNK = 1 << 15  # elements: GELU works in cache-sized pieces, as numpy's temporaries would otherwise go to RAM
# erf(x) ~ x * P(x^2) / Q(x^2) on [-4, 4] (Eigen's float erf, highest power first); |error| < 5e-7.
_ERF_P = np.array(
    [-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
     -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02],
    dtype=np.float32,
)  # fmt: skip
_ERF_Q = np.array(
    [-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03,
     -1.42647390514189e-02],
    dtype=np.float32,
)  # fmt: skip


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden), input on the left: query (scaled by 1/sqrt(head size)), key, value
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


class MiniLM:
    """The encoder's weights and tokenizer, read from a sentence-transformers model directory."""

    def __init__(self, model_dir: Path) -> None:
        config = json.loads((model_dir / "config.json").read_text())
        self.heads: int = config["num_attention_heads"]
        self.eps = np.float32(config["layer_norm_eps"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_WORD_PIECES)
        weights = map_safetensors(model_dir / "model.safetensors")
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
        layers = range(config["num_hidden_layers"])
        self.layers = [_layer(weights, f"encoder.layer.{i}.", self.heads) for i in layers]
        self.dimensions = self.word.shape[1]
        self.threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        self._blas = ThreadpoolController()
        self._lock = threading.Lock()  # one encode at a time: each uses every CPU, and BLAS limits are global

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Return a (len(texts), dimensions) float32 array of unit vectors, in the order of texts.

        batch_size caps the texts in one forward pass (as does TOKENS_PER_PASS, in word pieces).
        """
        pieces = [np.asarray(e.ids, dtype=np.int64) for e in self.tokenizer.encode_batch(texts)]
        groups = self._groups([len(p) for p in pieces], batch_size)
        out = np.empty((len(texts), self.dimensions), dtype=np.float32)

        def encode_group(group: list[int]) -> None:
            out[group] = self._forward([pieces[i] for i in group])

        with self._lock, self._blas.limit(limits=1, user_api="blas"):
            if len(groups) <= 1 or self.threads == 1:
                for group in groups:
                    encode_group(group)
            else:
                with ThreadPoolExecutor(min(self.threads, len(groups))) as pool:
                    list(pool.map(encode_group, groups))
        return out

    def _groups(self, lengths: list[int], batch_size: int) -> list[list[int]]:
        """Split text indexes, longest first, into passes of similar lengths; at least one pass per CPU."""
        order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
        budget = min(TOKENS_PER_PASS, max(1, -(-sum(lengths) // self.threads)))
        groups: list[list[int]] = []
        size = 0
        for i in order:
            if not groups or len(groups[-1]) >= batch_size or size + lengths[i] > budget:
                groups.append([])
                size = 0
            groups[-1].append(i)
            size += lengths[i]
        return groups

    def _forward(self, pieces: list[np.ndarray]) -> np.ndarray:
        lengths = [len(p) for p in pieces]
        starts = np.cumsum([0, *lengths[:-1]])
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = self.word[np.concatenate(pieces)]
        x += self.position[positions]
        x += self.token_type
        x = self._layer_norm(x, self.embedding_norm)
        for layer in self.layers:
            attended = self._attend(x, layer, starts, lengths)
            attended += x
            x = self._layer_norm(attended, layer.attention_norm)
            up = x @ layer.up
            up += layer.up_bias
            down = _gelu(up) @ layer.down
            del up
            down += layer.down_bias
            down += x
            x = self._layer_norm(down, layer.output_norm)
        pooled = np.add.reduceat(x, starts, axis=0) / np.asarray(lengths, dtype=np.float32)[:, None]
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _attend(self, x: np.ndarray, layer: _Layer, starts: np.ndarray, lengths: list[int]) -> np.ndarray:
        qkv = x @ layer.qkv
        qkv += layer.qkv_bias
        width = x.shape[1]
        size = width // self.heads
        context = np.empty_like(x)
        for start, n in zip(starts, lengths, strict=True):
            rows = qkv[start : start + n]
            q, k, v = (rows[:, i * width : (i + 1) * width].reshape(n, self.heads, size) for i in range(3))
            scores = q.transpose(1, 0, 2) @ k.transpose(1, 2, 0)  # (heads, n, n)
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            mixed = scores @ v.transpose(1, 0, 2)
            mixed /= scores.sum(axis=-1, keepdims=True)  # softmax's division, on n x size numbers instead of n x n
            context[start : start + n] = mixed.transpose(1, 0, 2).reshape(n, width)
        out = context @ layer.out
        out += layer.out_bias
        return out

    def _layer_norm(self, x: np.ndarray, norm: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Normalise each row of x in place (x is a fresh activation nobody else holds)."""
        x -= x.mean(axis=-1, keepdims=True)
        variance = np.square(x).mean(axis=-1, keepdims=True)
        variance += self.eps
        x /= np.sqrt(variance)
        x *= norm[0]
        x += norm[1]
        return x


def map_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Return a .safetensors file's float32 tensors as read-only arrays over a memory map of the file.

    The format is 8 bytes of header length, a JSON header of names, dtypes, shapes and byte ranges, then the raw
    little-endian data. Mapping it copies nothing, so pages load as they are used and processes share them; the
    safetensors package's loaders copy every tensor out of their own map, peaking at twice the weights (~200 MB).
    """
    with path.open("rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + size)
    tensors = {}
    for name, info in header.items():
        if name != "__metadata__" and info["dtype"] == "F32":  # the one other tensor is BERT's int64 position_ids
            begin, end = info["data_offsets"]
            tensors[name] = np.asarray(data[begin:end]).view("<f4").reshape(info["shape"])
    return tensors


def release_pages(array: np.ndarray) -> None:
    """Let go of this process's pages of a read-only, file-mapped array it has copied and will not read again.

    The kernel keeps them in its page cache; a later read maps them back. Only whole pages inside the array go.
    """
    if not sys.platform.startswith("linux"):
        return
    page = 4096 if not hasattr(os, "sysconf") else os.sysconf("SC_PAGE_SIZE")
    start = -(-array.ctypes.data // page) * page
    end = (array.ctypes.data + array.nbytes) // page * page
    if end > start:
        ctypes.CDLL(None).madvise(ctypes.c_void_p(start), ctypes.c_size_t(end - start), _MADV_DONTNEED)


def _layer(weights: dict[str, np.ndarray], prefix: str, heads: int) -> _Layer:
    def w(name: str) -> np.ndarray:
        return weights[prefix + name]

    query, key, value = (w(f"attention.self.{k}.weight") for k in ("query", "key", "value"))
    scale = np.float32(1.0 / np.sqrt(query.shape[0] // heads))
    biases = [w(f"attention.self.{k}.bias") for k in ("query", "key", "value")]
    qkv = np.concatenate([query * scale, key, value]).T
    for copied in (query, key, value):  # qkv is their copy: their mapped pages would be ~10 MB of RSS for nothing
        release_pages(copied)
    return _Layer(
        qkv=qkv,
        qkv_bias=np.concatenate([biases[0] * scale, biases[1], biases[2]]),
        out=w("attention.output.dense.weight").T,
        out_bias=w("attention.output.dense.bias"),
        attention_norm=(w("attention.output.LayerNorm.weight"), w("attention.output.LayerNorm.bias")),
        up=w("intermediate.dense.weight").T,
        up_bias=w("intermediate.dense.bias"),
        down=w("output.dense.weight").T,
        down_bias=w("output.dense.bias"),
        output_norm=(w("output.LayerNorm.weight"), w("output.LayerNorm.bias")),
    )


def _gelu(x: np.ndarray) -> np.ndarray:
    """Apply GELU, x * (1 + erf(x / sqrt 2)) / 2, to x in place."""
    flat = x.reshape(-1)
    for start in range(0, flat.size, _CHUNK):
        part = flat[start : start + _CHUNK]
        z = part * np.float32(0.7071067811865476)
        np.clip(z, -4.0, 4.0, out=z)
        z2 = z * z
        p = np.full_like(z, _ERF_P[0])
        for c in _ERF_P[1:]:
            p *= z2
            p += c
        q = np.full_like(z, _ERF_Q[0])
        for c in _ERF_Q[1:]:
            q *= z2
            q += c
        p *= z
        p /= q
        p += 1.0
        p *= 0.5
        part *= p
    return x
