"""Which number is wrong: error localisation over the forms' relations (Fellegi–Holt, solved with HiGHS),
deduction of the intended value from typing slips, and suggestions for the narrative's claims."""

from .attach import add_suggestions, suggest
from .keystroke import slip, slips
from .solver import solve

__all__ = ["add_suggestions", "slip", "slips", "solve", "suggest"]
