"""Answers the user approved, kept in SQL (the record) and Chroma (to find them again by meaning)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select

from careerpilot.domain.jobs import content_hash
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import AnswerRow
from careerpilot.memory.vectors import VectorStore

log = logging.getLogger(__name__)
ANSWERS = "approved_answers"


class AnswerMemory:
    """Stores approved question/answer pairs and finds the nearest earlier question."""

    def __init__(self, store: Store, vectors: VectorStore | None) -> None:
        self.store = store
        self.vectors = vectors

    def remember(self, question: str, answer: str, source: str) -> None:
        """Keep an approved answer (once per question and answer)."""
        key = content_hash(question.strip().lower(), answer)
        with self.store.session() as s:
            exists = s.scalar(select(AnswerRow.id).where(AnswerRow.question == question, AnswerRow.answer == answer))
            if exists is None:
                s.add(AnswerRow(question=question, answer=answer, source=source))
        if self.vectors is not None:
            self.vectors.vectors_for(ANSWERS, {key: question}, {key: {"answer": answer, "question": question}})

    def nearest(self, question: str, limit: int = 3) -> list[dict[str, Any]]:
        """Return earlier approved answers nearest in meaning: dicts with question, answer and distance."""
        if self.vectors is None:
            return []
        found = self.vectors.similar(ANSWERS, question, limit)
        return [{"distance": f["distance"], **(f["metadata"] or {})} for f in found]

    def all(self) -> list[dict[str, str]]:
        """Return every approved answer, oldest first."""
        with self.store.session() as s:
            rows = s.scalars(select(AnswerRow).order_by(AnswerRow.id))
            return [{"question": r.question, "answer": r.answer, "source": r.source} for r in rows]
