"""Candidate (a) of benchmarks/embedder_runtime.py: all-MiniLM-L6-v2 as an ONNX graph run by ONNX Runtime.

The graph is written with ``onnx.helper`` straight from the package's ``model.safetensors`` (no torch, no export
step), saved once to a cache file, and run by onnxruntime with ``tokenizers`` in front: the same computation as
sentence-transformers (BERT encoder, mean pooling over the attention mask, L2 normalisation, 256 word pieces).
It needs ``pip install onnx`` (not a CareerPilot dependency: the numpy encoder in careerpilot/memory/minilm.py
won the comparison; this file keeps the loser measurable).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

MAX_WORD_PIECES = 256


class _GraphBuilder:
    """Collect nodes and initializers; every node has one output, named after it."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []

    def const(self, name: str, value: np.ndarray) -> str:
        self.initializers.append(self.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, op_type: str, inputs: list[str], out: str, domain: str = "", **attrs: Any) -> str:
        self.nodes.append(self.helper.make_node(op_type, inputs, [out], name=out, domain=domain, **attrs))
        return out


def build_graph(model_dir: Path, target: Path, fused_attention: bool = False) -> None:
    """Write the ONNX model: input_ids, attention_mask (int64, batch x length) -> embedding (batch x 384, unit).

    fused_attention uses ONNX Runtime's ``com.microsoft.Attention`` kernel instead of plain MatMul/Softmax nodes.
    """
    from onnx import TensorProto, helper, save_model
    from safetensors.numpy import load_file

    config = json.loads((model_dir / "config.json").read_text())
    heads, hidden, eps = config["num_attention_heads"], config["hidden_size"], config["layer_norm_eps"]
    w = load_file(model_dir / "model.safetensors")
    g = _GraphBuilder()
    for name, value in {
        "word": w["embeddings.word_embeddings.weight"],
        "position": w["embeddings.position_embeddings.weight"],
        "token_type": w["embeddings.token_type_embeddings.weight"][0],
        "emb_g": w["embeddings.LayerNorm.weight"],
        "emb_b": w["embeddings.LayerNorm.bias"],
        "zero1": np.array([0], np.int64),
        "one1": np.array([1], np.int64),
        "sqrt2": np.array(np.sqrt(2.0), np.float32),
        "half": np.array(0.5, np.float32),
        "one": np.array(1.0, np.float32),
    }.items():
        g.const(name, value)
    g.op("Shape", ["input_ids"], "shape")
    g.op("Gather", ["shape", "one1"], "length", axis=0)
    g.op("Gather", ["word", "input_ids"], "word_vectors", axis=0)
    g.op("Slice", ["position", "zero1", "length", "zero1"], "position_vectors")
    g.op("Add", ["word_vectors", "position_vectors"], "emb0")
    g.op("Add", ["emb0", "token_type"], "emb1")
    x = g.op("LayerNormalization", ["emb1", "emb_g", "emb_b"], "x0", axis=-1, epsilon=eps)
    mask = _attention_mask(g, heads, hidden, fused_attention)
    for i in range(config["num_hidden_layers"]):
        x = _layer(g, w, i, x, mask, heads, eps, fused_attention)
    _pool(g, x)
    graph = helper.make_graph(
        g.nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "length"])
            for n in ("input_ids", "attention_mask")
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])],
        g.initializers,
    )
    opsets = [helper.make_opsetid("", 18)] + ([helper.make_opsetid("com.microsoft", 1)] if fused_attention else [])
    model = helper.make_model(graph, opset_imports=opsets, producer_name="careerpilot", ir_version=8)
    save_model(model, str(target))


def _attention_mask(g: _GraphBuilder, heads: int, hidden: int, fused: bool) -> str:
    from onnx import TensorProto

    if fused:
        return g.op("Cast", ["attention_mask"], "mask_i32", to=TensorProto.INT32)
    g.const("lowest", np.array(np.finfo(np.float32).min, np.float32))
    g.const("axes12", np.array([1, 2], np.int64))
    g.const("split_heads", np.array([0, 0, heads, hidden // heads], np.int64))
    g.const("join_heads", np.array([0, 0, hidden], np.int64))
    g.const("scale", np.array(1.0 / np.sqrt(hidden // heads), np.float32))
    g.op("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    g.op("Sub", ["one", "mask_f"], "masked_out")
    g.op("Mul", ["masked_out", "lowest"], "mask_bias2")
    return g.op("Unsqueeze", ["mask_bias2", "axes12"], "mask_bias")


def _layer(g: _GraphBuilder, w: dict[str, np.ndarray], i: int, x: str, mask: str, heads: int, eps: float,
           fused: bool) -> str:  # fmt: skip
    p, n = f"encoder.layer.{i}.", f"l{i}_"
    g.const(n + "qkv_w", np.concatenate([w[f"{p}attention.self.{k}.weight"] for k in ("query", "key", "value")]).T)
    g.const(n + "qkv_b", np.concatenate([w[f"{p}attention.self.{k}.bias"] for k in ("query", "key", "value")]))
    if fused:
        ctx = g.op("Attention", [x, n + "qkv_w", n + "qkv_b", mask], n + "ctx", domain="com.microsoft", num_heads=heads)
    else:
        g.op("MatMul", [x, n + "qkv_w"], n + "qkv0")
        g.op("Add", [n + "qkv0", n + "qkv_b"], n + "qkv")
        g.nodes.append(g.helper.make_node("Split", [n + "qkv"], [n + "q", n + "k", n + "v"], axis=-1, num_outputs=3))
        for part, perm in (("q", [0, 2, 1, 3]), ("k", [0, 2, 3, 1]), ("v", [0, 2, 1, 3])):
            g.op("Reshape", [n + part, "split_heads"], n + part + "_heads")
            g.op("Transpose", [n + part + "_heads"], n + part + "_t", perm=perm)
        g.op("MatMul", [n + "q_t", n + "k_t"], n + "s0")
        g.op("Mul", [n + "s0", "scale"], n + "s1")
        g.op("Add", [n + "s1", mask], n + "s2")
        g.op("Softmax", [n + "s2"], n + "probs", axis=-1)
        g.op("MatMul", [n + "probs", n + "v_t"], n + "c0")
        g.op("Transpose", [n + "c0"], n + "c1", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [n + "c1", "join_heads"], n + "ctx")
    h = _dense_add_norm(g, w, ctx, x, p + "attention.output.", n + "attn", eps)
    g.const(n + "up_w", w[p + "intermediate.dense.weight"].T)
    g.const(n + "up_b", w[p + "intermediate.dense.bias"])
    g.op("MatMul", [h, n + "up_w"], n + "up0")
    g.op("Add", [n + "up0", n + "up_b"], n + "up")
    g.op("Div", [n + "up", "sqrt2"], n + "gelu0")  # exact GELU; ONNX Runtime fuses the pattern
    g.op("Erf", [n + "gelu0"], n + "gelu1")
    g.op("Add", [n + "gelu1", "one"], n + "gelu2")
    g.op("Mul", [n + "up", n + "gelu2"], n + "gelu3")
    g.op("Mul", [n + "gelu3", "half"], n + "gelu")
    return _dense_add_norm(g, w, n + "gelu", h, p + "output.", n + "out", eps)


def _dense_add_norm(
    g: _GraphBuilder, w: dict[str, np.ndarray], x: str, residual: str, p: str, n: str, eps: float
) -> str:
    g.const(n + "_w", w[p + "dense.weight"].T)
    g.const(n + "_b", w[p + "dense.bias"])
    g.const(n + "_g", w[p + "LayerNorm.weight"])
    g.const(n + "_beta", w[p + "LayerNorm.bias"])
    g.op("MatMul", [x, n + "_w"], n + "_0")
    g.op("Add", [n + "_0", n + "_b"], n + "_1")
    g.op("Add", [n + "_1", residual], n + "_2")
    return g.op("LayerNormalization", [n + "_2", n + "_g", n + "_beta"], n, axis=-1, epsilon=eps)


def _pool(g: _GraphBuilder, x: str) -> None:
    from onnx import TensorProto

    g.const("axis1", np.array([1], np.int64))
    g.const("last_axis", np.array([-1], np.int64))
    g.const("tiny", np.array(1e-9, np.float32))
    g.op("Cast", ["attention_mask"], "keep", to=TensorProto.FLOAT)
    g.op("Unsqueeze", ["keep", "last_axis"], "keep3")
    g.op("Mul", [x, "keep3"], "kept")
    g.op("ReduceSum", ["kept", "axis1"], "summed", keepdims=0)
    g.op("ReduceSum", ["keep3", "axis1"], "count0", keepdims=0)
    g.op("Max", ["count0", "tiny"], "count")
    g.op("Div", ["summed", "count"], "mean")
    g.op("LpNormalization", ["mean"], "embedding", axis=-1, p=2)


class OnnxMiniLM:
    """An ONNX Runtime session over a built graph, with the model's tokenizer in front."""

    def __init__(self, model_dir: Path, graph: Path) -> None:
        import onnxruntime as ort

        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_WORD_PIECES)
        options = ort.SessionOptions()
        options.log_severity_level = 3  # its shape-merge warnings are noise here
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Return a (len(texts), 384) array of unit vectors; texts of similar length share a batch."""
        pieces = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = np.argsort([-len(p) for p in pieces], kind="stable")
        out = np.empty((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            ids = np.zeros((len(chosen), len(pieces[chosen[0]])), dtype=np.int64)
            for row, i in enumerate(chosen):
                ids[row, : len(pieces[i])] = pieces[i]
            feed = {"input_ids": ids, "attention_mask": (ids != 0).astype(np.int64)}
            out[chosen] = self.session.run(None, feed)[0]
        return out
