"""``note_levels``: a note splitting a total by level ("Cấp tỉnh: …; Cấp huyện: …") adds up to the total.

Notes are text, not cells of the wide table: the check reads them from the report (checks.notes).
"""

from __future__ import annotations

from .base import Relation, register


@register
class NoteLevels(Relation):
    kind = "note_levels"
    refs = {"total": str, "notes": list}
    fields = frozenset({"total_ref", "total", "levels_text", "raw", "expected", "levels_sum"})
    evaluated = False
