"""reformaudit: audit Vietnamese administrative-reform (CCHC) reports before they are sent.

The pipeline is loading → report → checks → reporting:

>>> import reformaudit
>>> result = reformaudit.audit("samples/binh-phuoc-2023-6t")
>>> sorted(result.to_frame()["rule"].unique())[:2]
['BM1.note.6.1', 'BM1.rate.2']
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .audit import AuditResult, audit, load_report
from .catalogue import Catalogue, load_catalogue
from .checks import Evidence, Finding, build_schema, confront, register_check
from .errors import AuditInputError, RulesError
from .loading import load_forms
from .numbers import format_number, parse_number
from .report import Report, wide_table

if TYPE_CHECKING:
    from .narrative import extract_citations, extract_claims, load_narrative

NARRATIVE = ("extract_citations", "extract_claims", "load_narrative")

__all__ = [
    "AuditInputError",
    "AuditResult",
    "Catalogue",
    "Evidence",
    "Finding",
    "Report",
    "RulesError",
    "audit",
    "build_schema",
    "confront",
    "extract_citations",
    "extract_claims",
    "format_number",
    "load_catalogue",
    "load_forms",
    "load_narrative",
    "load_report",
    "parse_number",
    "register_check",
    "wide_table",
]


def __getattr__(name: str):
    """The narrative's functions, imported (with pandas) when first asked for: auditing workbooks needs neither."""
    if name in NARRATIVE:
        from . import narrative

        return getattr(narrative, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
