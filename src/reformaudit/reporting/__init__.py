"""Reporting: findings as a terminal table, JSON, HTML, Markdown or JUnit XML, in Vietnamese or English."""

from .html import render_html
from .json_output import render_json
from .junit import render_junit
from .markdown import render_markdown
from .text import render_text

RENDERERS = {
    "text": render_text,
    "json": render_json,
    "html": render_html,
    "markdown": render_markdown,
    "junit": render_junit,
}

__all__ = ["RENDERERS", "render_html", "render_json", "render_junit", "render_markdown", "render_text"]
