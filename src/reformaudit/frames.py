"""pandas' objects told apart without importing pandas.

pandas is imported only where a report needs a data frame (a narrative, ``load_forms``, a notebook's
tables): a batch of workbooks never imports it (~0.3 s of every run's start). A value can be one of
pandas' objects only once pandas is imported, so these ask pandas only then.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    import pandas as pd


def is_frame(value: Any) -> TypeGuard[pd.DataFrame]:
    """Whether ``value`` is a pandas DataFrame."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)


def is_na(value: Any) -> bool:
    """Whether ``value`` is pandas' missing value ``pd.NA``."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA
