"""Narratives: the report's text read into paragraphs and footnotes, its quantities, claims and citations."""

from .citations import extract_citations
from .claims import extract_claims
from .load import load_narrative

__all__ = ["extract_citations", "extract_claims", "load_narrative"]
