"""Narratives: the report's text read into paragraphs and footnotes, its quantities, claims and citations.

The three public functions are imported on first use, so that a module that needs one narrative piece (the blanks
of a workbook, the citations of a period check) does not import the claims' readers and pandas with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .citations import extract_citations
    from .claims import extract_claims
    from .load import load_narrative

__all__ = ["extract_citations", "extract_claims", "load_narrative"]
_WHERE = {"extract_citations": ".citations", "extract_claims": ".claims", "load_narrative": ".load"}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value
