"""A11Y001 missing-alt."""

from __future__ import annotations

import pytest
from rulecase import article, hits, image


@pytest.mark.parametrize("alt", [None, "", "   "])
def test_a11y001_no_alt_text(alt: str | None) -> None:
    doc = article(image(0), image(1, alt=alt))
    assert hits("A11Y001", doc) == [("A11Y001", 1, "warning", "image has no alt text")]


def test_a11y001_not_where_the_input_cannot_show_alt_text() -> None:
    assert hits("A11Y001", article(image(alt=None), alt_observable=False)) == []


def test_a11y001_alt_text_present() -> None:
    assert hits("A11Y001", image(alt="Cars in brown water")) == []
