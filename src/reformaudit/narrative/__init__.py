"""Narratives: the report's text read into paragraphs and footnotes, its quantities, claims and citations."""

from .load import load_narrative

__all__ = ["load_narrative"]
