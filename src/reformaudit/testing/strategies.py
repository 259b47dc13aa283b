"""Hypothesis strategies over the catalogue, for property tests of reports.

>>> from hypothesis import given
>>> from reformaudit.catalogue import load_catalogue
>>> @given(consistent_reports(load_catalogue()))
... def test_my_pipeline(values):
...     ...
"""

from __future__ import annotations

from hypothesis import strategies as st

from ..catalogue import Catalogue
from .generate import consistent_values


@st.composite
def consistent_reports(draw, catalogue: Catalogue) -> dict[str, float]:
    """Values for every indicator of every form such that every relation holds."""
    return consistent_values(
        catalogue,
        draw_int=lambda lo, hi: draw(st.integers(lo, hi)),
        draw_choice=lambda options: draw(st.sampled_from(options)),
    )
