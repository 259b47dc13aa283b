"""Every relation of a table, checked."""

from __future__ import annotations

import pandas as pd

from .changes import change_claims
from .model import Table
from .rates import rate_claims
from .read import find_tables
from .relations import TableClaim, total_column_claims, total_row_claims


def table_claims(table: Table) -> list[TableClaim]:
    """Every relation of one table, checked: total rows, wholes and their parts across columns, rates, changes
    between two years."""
    return total_row_claims(table) + total_column_claims(table) + rate_claims(table) + change_claims(table)


def narrative_table_claims(narrative: pd.DataFrame) -> list[TableClaim]:
    return [c for table in find_tables(narrative) for c in table_claims(table)]
