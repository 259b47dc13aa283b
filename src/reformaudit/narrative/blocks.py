"""Blocks of a narrative: body paragraphs, footnotes and table rows, with footnote markers taken out."""

from __future__ import annotations

from dataclasses import dataclass, field

# where a narrative's row stands, the columns every frame of the narrative starts with
BLOCK_COLUMNS = ["source", "kind", "paragraph", "footnote", "page", "section"]


@dataclass
class Block:
    """One paragraph, footnote or table row. ``markers`` are (offset in text, footnote number)."""

    kind: str  # "paragraph", "footnote" or "table"
    text: str
    number: int  # paragraph number in the body, or the footnote's number
    page: int | None = None
    markers: list[tuple[int, int]] = field(default_factory=list)


def join_lines(lines: list[str]) -> str:
    """Unwrap lines of one paragraph: a line ending in "-" joins the next without a space ("NĐ-" + "CP")."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -"):
            out += line
        else:
            out += " " + line
    return out
