"""Reporting: findings as a terminal table or as JSON, in Vietnamese or English."""

from .json_output import render_json
from .text import render_text

RENDERERS = {"text": render_text, "json": render_json}

__all__ = ["RENDERERS", "render_json", "render_text"]
