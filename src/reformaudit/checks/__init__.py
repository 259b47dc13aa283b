"""Checks: relations compiled to pandera, registered cross-checks, and the findings they yield."""

from ..findings import Evidence, Finding
from .confront import confront
from .registry import register_check, registered_checks, run_checks
from .relations import evaluate
from .schema import build_schema

__all__ = [
    "Evidence",
    "Finding",
    "build_schema",
    "confront",
    "evaluate",
    "register_check",
    "registered_checks",
    "run_checks",
]
