"""Relation types between indicators, one class per type (``type:`` in a rules file): see :mod:`.base`.

>>> from reformaudit.catalogue import load_catalogue
>>> total = load_catalogue().rule("BM2.sum.1")
>>> row = {"2:1": 10.0, "2:1.1": 3.0, "2:1.2": 4.0, "2:1.3": 5.0}
>>> sums = relation(total)
>>> str(sums.evaluate(total, row)["status"][0]), sums.implied(total, "2:1", row).value
('fail', 12.0)
"""

from . import at_most, equal, note_levels, ratio, total, within  # noqa: F401  (registers the types)
from .base import RELATIONS, Constraint, Implied, Relation, column, register, relation

__all__ = ["RELATIONS", "Constraint", "Implied", "Relation", "column", "register", "relation"]
