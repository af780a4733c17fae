"""The cascade's bookkeeping: which postings to read by meaning, and which to embed whole, in the next round.

A posting's score is known in three steps, each narrowing the interval [lower, upper] it can lie in:
unread (requirement lines not compared yet: each skill may score anything from 0 to full credit), read (every
requirement compared with its nearest resume line: only the whole-document cosine is left, worth 0.2 of the
semantic part) and exact (the whole posting embedded). Reading is cheap, since requirement lines are short and
shared between postings, and embedding a whole posting is not, so a posting is read first and embedded only if,
read, it can still reach the top.

The K-th best lower bound is a floor the top K cannot fall under. A posting whose upper bound is under the floor
cannot enter the top K, whatever is left to learn about it; once no posting that is not exact reaches the floor,
the top K are all exact and in their true order (every posting at or over the floor is exact, and at least K
are). Each round advances the best-placed postings that still reach the floor by one step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

READ_BATCH = 128  # postings read by meaning per round: their lines are short and often shared, so rounds are cheap
EMBED_BATCH = 16  # postings embedded whole per round: ~0.1 s each, so rounds stay small and the floor stays fresh


@dataclass(frozen=True)
class Round:
    """The postings (by index) to read by meaning and to embed whole in one round."""

    read: list[int]
    embed: list[int]

    def __bool__(self) -> bool:
        return bool(self.read or self.embed)


def floor(lower: np.ndarray, keep: int) -> float:
    """Return the K-th best lower bound (``keep`` = K): no posting of the top K can score under it."""
    if len(lower) <= keep:
        return float("-inf")
    return float(np.partition(lower, -keep)[-keep])


def next_round(
    lower: np.ndarray,
    upper: np.ndarray,
    read: np.ndarray,
    exact: np.ndarray,
    keep: int,
    sizes: tuple[int, int] = (READ_BATCH, EMBED_BATCH),
) -> Round:
    """Return the postings to advance next: of those not exact that can still reach the floor, the best-placed.

    ``lower``/``upper`` are each posting's bounds, ``read``/``exact`` its step (boolean arrays, one per posting).
    Of the candidates in order of upper bound, the first ``sizes[0]`` unread ones are read and the read ones among
    the first ``sizes[1]`` candidates are embedded. An empty round means the top ``keep`` are exact.
    """
    bar = floor(lower, keep)
    candidates = np.flatnonzero(~exact & (upper >= bar))
    if not len(candidates):
        return Round([], [])
    ordered = candidates[np.argsort(-upper[candidates], kind="stable")]
    to_read = [int(i) for i in ordered[~read[ordered]][: sizes[0]]]
    to_embed = [int(i) for i in ordered[: sizes[1]] if read[i]]
    return Round(to_read, to_embed)
