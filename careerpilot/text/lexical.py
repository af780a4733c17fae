"""TF-IDF over stemmed content terms, with document frequencies from a fixed background corpus.

The inverse document frequencies come from ``text/data/background_df.tsv`` (term document frequencies of a
fixed set of postings shipped with the package, see its PROVENANCE.md; ``scripts/background_df.py`` rebuilds
it), never from the postings being scored. So the lexical similarity of a resume and a posting is a function of
those two texts alone: the same on every path, and unmoved when other postings are stored or scored with it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

BACKGROUND_DF = Path(__file__).with_name("data") / "background_df.tsv"


class Background:
    """Document frequencies of a fixed corpus: idf(term) = ln((1 + N) / (1 + df)) + 1 (smoothed, as scikit-learn).

    Terms the table leaves out (seen in fewer than two of its documents) are taken as seen once: rare, so telling.
    """

    def __init__(self, documents: int, df: dict[str, int]) -> None:
        self.documents = documents
        self.df = df
        self._unseen = math.log((1 + documents) / 2) + 1.0

    def idf(self, term: str) -> float:
        """Return the term's inverse document frequency in the background corpus."""
        found = self.df.get(term)
        return self._unseen if found is None else math.log((1 + self.documents) / (1 + found)) + 1.0

    @classmethod
    def from_counts(cls, documents: Sequence[Counter[str]], min_df: int = 2) -> Background:
        """Return the background of a corpus (what ``scripts/background_df.py`` writes), keeping df >= min_df."""
        df = Counter(t for counts in documents for t in counts)
        return cls(len(documents), {t: n for t, n in df.items() if n >= min_df})

    def write(self, path: Path, source: str) -> None:
        """Write the table: a header with the corpus size and source, then ``term<TAB>df`` sorted by term."""
        lines = [f"#documents\t{self.documents}\t{source}", *(f"{t}\t{n}" for t, n in sorted(self.df.items()))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Background:
        """Read a table written by ``write``."""
        documents, df = 0, {}
        for line in path.read_text(encoding="utf-8").splitlines():
            term, _, count = line.partition("\t")
            if term == "#documents":
                documents = int(count.split("\t")[0])
            elif term:
                df[term] = int(count)
        return cls(documents, df)


@lru_cache(maxsize=1)
def background() -> Background:
    """Return the background shipped with the package (read once per process)."""
    return Background.read(BACKGROUND_DF)


class TfidfIndex:
    """Sublinear-tf, background-idf, l2-normalized TF-IDF vectors of documents; queries share the weighting.

    With a ``Background`` (the default) every weight and norm depends only on the document's or the query's own
    terms, so a cosine does not change with the other documents of the index. ``Background=None`` computes idf
    from the documents themselves (the classic, corpus-dependent TF-IDF; kept for comparisons).
    """

    def __init__(self, documents: Sequence[Counter[str]], fixed: Background | None | bool = True) -> None:
        bg = background() if fixed is True else (fixed or None)
        self.background = bg
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for row, counts in enumerate(documents):
            for term, count in counts.items():
                col = vocab.setdefault(term, len(vocab))
                rows.append(row)
                cols.append(col)
                values.append(1.0 + math.log(count))
        self.vocab = vocab
        self.documents = len(documents)
        self._rows = np.asarray(rows, dtype=np.int64)
        self._cols = np.asarray(cols, dtype=np.int64)
        if bg is not None:
            idf = np.ones(max(1, len(vocab)), dtype=np.float32)
            for term, col in vocab.items():
                idf[col] = bg.idf(term)
            self.idf = idf
        else:
            df = np.bincount(self._cols, minlength=max(1, len(vocab)))
            self.idf = (np.log((1 + len(documents)) / (1 + df)) + 1.0).astype(np.float32)
        # the documents' sparse matrix, kept as (row, column, weight) triples: numpy alone, no scipy
        weights = np.asarray(values, dtype=np.float32) * self.idf[self._cols]
        norms = np.sqrt(np.bincount(self._rows, weights=weights * weights, minlength=self.documents))
        norms[norms == 0] = 1.0
        self._weights = (weights / norms[self._rows]).astype(np.float32)

    def query(self, counts: Counter[str]) -> np.ndarray:
        """Return the cosine similarity of a query's terms with every document, in document order.

        With a background, the query's norm counts all its terms (not only those some document shares), so
        the cosine of one query and one document is the same whatever else the index holds.
        """
        vector = np.zeros(max(1, len(self.vocab)), dtype=np.float32)
        squares = 0.0
        for term, count in counts.items():
            col = self.vocab.get(term)
            if self.background is not None:
                weight = (1.0 + math.log(count)) * self.background.idf(term)
                squares += weight * weight
            elif col is not None:
                weight = (1.0 + math.log(count)) * float(self.idf[col])
                squares += weight * weight
            if col is not None:
                vector[col] = weight
        norm = math.sqrt(squares)
        if norm == 0 or not self.documents:
            return np.zeros(self.documents, dtype=np.float32)
        vector /= norm
        products = self._weights * vector[self._cols]
        return np.bincount(self._rows, weights=products, minlength=self.documents).astype(np.float32)
