"""TF-IDF over stemmed content terms, built once per set of postings and reused while the set is unchanged."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse


class TfidfIndex:
    """Sublinear-tf, smoothed-idf, l2-normalized TF-IDF vectors of documents; queries share the vocabulary."""

    def __init__(self, documents: Sequence[Counter[str]]) -> None:
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
        shape = (len(documents), max(1, len(vocab)))
        matrix = sparse.csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float32)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=shape[1])
        self.idf = (np.log((1 + len(documents)) / (1 + df)) + 1.0).astype(np.float32)
        matrix = matrix.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self.matrix = sparse.diags(1.0 / norms).dot(matrix).tocsr()

    def query(self, counts: Counter[str]) -> np.ndarray:
        """Return the cosine similarity of a query's terms with every document, in document order."""
        vector = np.zeros(self.matrix.shape[1], dtype=np.float32)
        for term, count in counts.items():
            col = self.vocab.get(term)
            if col is not None:
                vector[col] = (1.0 + math.log(count)) * self.idf[col]
        norm = float(np.linalg.norm(vector))
        if norm == 0:
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        return np.asarray(self.matrix.dot(vector / norm)).ravel()
