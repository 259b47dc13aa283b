"""Reports across time: the period and unit a report is about, which rules hold in that period, and
comparisons with the same unit's earlier reports."""

from .period import Period, find_period, parse_period

__all__ = ["Period", "find_period", "parse_period"]
