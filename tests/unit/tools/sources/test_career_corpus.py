"""Every shape of the career-page corpus (tests/data/career_pages/corpus, PROVENANCE.md) reads field for field."""

import pytest

from tests.support.career_corpus import check_shape, shapes


def test_the_corpus_holds_at_least_forty_shapes():
    assert len(shapes()) >= 40


@pytest.mark.parametrize("sidecar", shapes(), ids=lambda path: path.stem)
def test_each_shape_yields_the_fields_its_markup_states(sidecar):
    wrong = [check for check in check_shape(sidecar) if not check.right]

    assert wrong == []
