"""Relations between indicators, evaluated on the wide table (one row per report) all at once.

Each relation type (:mod:`reformaudit.relations`) gives, per report, a status ("ok", "fail",
"truncated" or "na" when a value is missing), the value the relation expects and the value written; the
relation's ``message_fields`` turns one report's numbers into the fields of the rule's message template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..catalogue import Rule
from ..relations import relation
from ..relations.base import Columns

if TYPE_CHECKING:
    import pandas as pd


def evaluate(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    """The relation's status, expected and actual value for each report of the wide table, as a frame."""
    import pandas as pd

    return pd.DataFrame(relation(rule).evaluate(rule, wide), index=wide.index)


def statuses_of(rule: Rule, columns: Columns) -> np.ndarray:
    """The relation's status for each row of a table given as its columns (no frame is built: fast enough
    for localisation to try many values of one report's cell at once)."""
    return relation(rule).evaluate(rule, columns)["status"]
