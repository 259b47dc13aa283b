"""A report as loaded: its forms (tidy and wide), its catalogue, and where each number came from."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .catalogue import Catalogue, Indicator, key
from .findings import Evidence
from .frames import is_na
from .loading.forms import rows_frame
from .loading.row import FormRow, frame_rows, matched_key
from .periods.validity import not_applicable

if TYPE_CHECKING:
    import pandas as pd

    from .periods.header import Statements
    from .periods.period import Period


def present(value) -> bool:
    """Whether a cell of a row holds something (not None, NaN or pandas' NA)."""
    if value is None:
        return False
    if isinstance(value, float):
        return value == value
    return isinstance(value, (int, str)) or not is_na(value)


def excerpt(text: str, start: int, end: int) -> str:
    """``text[start:end]``, stripped; a word the window cuts in two is left out and "…" marks the cut."""
    start, end = max(0, start), min(len(text), end)
    head = tail = ""
    if 0 < start < end and not text[start - 1].isspace() and not text[start].isspace():
        space = text.find(" ", start, end)
        start, head = (space + 1, "…") if space >= 0 else (start, "")
    if start < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
        space = text.rfind(" ", start, end)
        end, tail = (space, "…") if space >= 0 else (end, "")
    return head + text[start:end].strip() + tail


def row_form(row: FormRow) -> int | None:
    """The form a row was read in, or None when no form could be told."""
    form = row["form"]
    return int(form) if form is not None and present(form) else None


def row_evidence(row: FormRow, label: str | None = None) -> Evidence:
    """Evidence pointing at a row's value cell; ``label`` instead of the indicator's label if given."""
    return Evidence(
        source=row["source"],
        form=row_form(row),
        code=row["code"],
        sheet=row["sheet"],
        cell=row["cell"],
        label=row["label"] if label is None else label,
        raw=row["raw"],
        value=float(row["value"]),
    )


def decimals_column(ref: str) -> str:
    """The wide-table column holding how many decimals an indicator was written with."""
    return f"{ref}@dp"


@dataclass
class Report:
    """One report: every file given for it, read and matched to the catalogue.

    ``rows`` are the rows read from its workbooks, as mappings with the columns of
    :func:`reformaudit.load_forms` (a DataFrame of them is accepted too); ``forms`` is the same as a DataFrame.
    """

    name: str
    sources: list[str]
    rows: list[FormRow]
    catalogue: Catalogue
    style: str = "vi"
    narrative: pd.DataFrame | None = None
    texts: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # (source, sheet, cell, text) outside tables
    has_forms: bool = True
    period: Period | None = None  # the reporting period, None when not told
    unit: str | None = None  # the issuing unit, "UBND tỉnh Bình Phước"
    stated: Statements | None = None  # what the forms and the narrative each say of both

    def __post_init__(self):
        if not isinstance(self.rows, list):  # a frame of load_forms' columns
            self.rows = frame_rows(self.rows)

    @functools.cached_property
    def forms(self) -> pd.DataFrame:
        """Every row read from the workbooks, as a tidy DataFrame."""
        return rows_frame(self.rows)

    @functools.cached_property
    def claims(self) -> list:
        """The narrative's numeric claims (see :mod:`reformaudit.narrative.claims`)."""
        if self.narrative is None:
            return []
        from .narrative.claims import collect_claims

        return collect_claims(self.narrative)

    @functools.cached_property
    def table_claims(self) -> list:
        """The relations of the narrative's tables (see :mod:`reformaudit.narrative.tables`)."""
        if self.narrative is None or not len(self.narrative):
            return []
        from .narrative.tables import narrative_table_claims

        return narrative_table_claims(self.narrative)

    @functools.cached_property
    def malformed(self) -> list:
        """Each paragraph's figures written in no valid way (see :mod:`reformaudit.narrative.malformed`)."""
        if self.narrative is None:
            return []
        from .narrative.malformed import malformed_by_block

        return malformed_by_block([str(t) for t in self.narrative["text"]])

    @property
    def claims_checked(self) -> int:
        """How many relations of the narrative were checked: its sentences' claims and its tables' relations."""
        return len(self.claims) + len(self.table_claims)

    @functools.cached_property
    def paragraphs(self) -> list[dict]:
        """The narrative's rows as mappings, by block: read once, as a long narrative's thousands of findings each
        point at one."""
        return [] if self.narrative is None else self.narrative.to_dict("records")

    def narrative_evidence(
        self,
        block: int,
        raw: str | None = None,
        value: float | None = None,
        span: tuple[int, int] | None = None,
    ) -> Evidence:
        """Evidence pointing at a paragraph (or footnote) of the narrative, with its sentence."""
        assert self.narrative is not None, "a report without a narrative has no paragraph to point at"
        row = self.paragraphs[block]
        text = row["text"] if span is None else excerpt(row["text"], *span)

        def number(x):
            return None if x is None or is_na(x) or x != x else int(x)

        return Evidence(
            row["source"],
            raw=raw,
            value=value,
            paragraph=number(row["paragraph"]),
            page=number(row["page"]),
            footnote=number(row["footnote"]),
            text=text,
        )

    @functools.cached_property
    def first_rows(self) -> dict[str, FormRow]:
        """Matched rows by indicator key: the first occurrence of each, rows on visible sheets first."""
        visible: dict[str, FormRow] = {}
        hidden: dict[str, FormRow] = {}
        for r in self.rows:
            if r["matched_by"]:
                (hidden if r["hidden_sheet"] else visible).setdefault(key(*matched_key(r)), r)
        return visible | {ref: r for ref, r in hidden.items() if ref not in visible}

    def row(self, ref: str) -> FormRow | None:
        """The row read for an indicator (its first occurrence), as a mapping of column to value."""
        return self.first_rows.get(ref)

    def evidence(self, ref: str) -> Evidence:
        row = self.row(ref)
        indicator = self.catalogue.indicator(ref)
        if row is None:
            return Evidence(
                self.sources[0] if self.sources else "", indicator.form, indicator.code, label=indicator.label
            )
        return row_evidence(row)

    def wide_row(self) -> dict[str, float]:
        """This report as one row of the wide table: a column per indicator, plus written decimals."""
        out: dict[str, float] = {}
        rows = self.first_rows
        for ind, ref, decimals in _wide_columns(self.catalogue):
            row = rows.get(ref)
            out[ref] = np.nan if row is None else float(row["value"])
            if out[ref] != out[ref] and decimals is None and not_applicable(ind, self.period):
                out[ref] = 0.0  # a row left blank in a period it does not apply to counts as nothing
            if decimals is not None:
                out[decimals] = np.nan if row is None else float(row["decimals"])
        return out


@functools.lru_cache(maxsize=16)
def _wide_columns(catalogue: Catalogue) -> list[tuple[Indicator, str, str | None]]:
    """Each indicator with a value, its column and, for a percent, the column of its written decimals."""
    return [
        (ind, ind.key, decimals_column(ind.key) if ind.kind == "percent" else None)
        for ind in catalogue.indicators()
        if ind.has_value
    ]


@dataclass(frozen=True)
class WideTable:
    """One row per report, one column per indicator, its values as one array (a data frame's column or row
    costs far more than the evaluation of a relation over it)."""

    names: list[str]  # the reports, a row each
    columns: list[str]
    values: np.ndarray  # len(names) × len(columns), NaN where a report has no value

    @classmethod
    def of(cls, frame: pd.DataFrame) -> WideTable:
        """The table a data frame of :func:`wide_table`'s shape holds."""
        return cls(
            [str(n) for n in frame.index], [str(c) for c in frame.columns], frame.to_numpy(dtype=float)
        )

    def by_column(self) -> dict[str, np.ndarray]:
        """Each column's values, one per report."""
        return {name: self.values[:, i] for i, name in enumerate(self.columns)}

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.values, self.names, self.columns)


def wide_values(reports: list[Report]) -> WideTable:
    """The reports' wide table (see :func:`wide_table`) without a data frame."""
    rows = [r.wide_row() for r in reports]
    names = [r.name for r in reports]
    columns = list(
        dict.fromkeys(c for row in rows for c in row)
    )  # the same columns in every row of one catalogue
    at = {c: i for i, c in enumerate(columns)}
    values = np.full((len(rows), len(columns)), np.nan)
    for i, row in enumerate(rows):
        if len(row) == len(columns) and list(row) == columns:
            values[i] = list(row.values())
        else:
            for column, value in row.items():
                values[i, at[column]] = value
    return WideTable(names, columns, values)


def wide_table(reports: list[Report]) -> pd.DataFrame:
    """One row per report, one column per indicator: what the pandera schema validates in one call."""
    return wide_values(reports).frame()
