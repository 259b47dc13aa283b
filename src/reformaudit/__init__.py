"""reformaudit: audit Vietnamese administrative-reform (CCHC) reports before they are sent.

The pipeline is loading → report → checks → reporting:

>>> import reformaudit
>>> result = reformaudit.audit("samples/binh-phuoc-2023-6t")
>>> sorted(result.to_frame()["rule"].unique())[:2]
['BM1.note.6.1', 'BM1.rate.2']
"""

__version__ = "0.1.0"

from .audit import AuditResult, audit, load_report
from .catalogue import Catalogue, load_catalogue
from .checks import Evidence, Finding, build_schema, confront, register_check
from .errors import AuditInputError, RulesError
from .loading import load_forms
from .narrative import extract_citations, extract_claims, load_narrative
from .numbers import format_number, parse_number
from .report import Report, wide_table

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
