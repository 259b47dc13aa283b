"""``audit``: load every file of a report, confront it with the catalogue, and return the findings.

>>> result = audit(["samples/binh-phuoc-2023-6t/bieu-mau.xlsx"])
>>> result.summary()["error"], result.fails("error")
(3, True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .accounting import account
from .catalogue import Catalogue, load_catalogue
from .catalogue.model import Severity
from .checks import confront
from .findings import SEVERITY_ORDER, Finding
from .inventory import NARRATIVE_SUFFIXES, Inventory, take_stock
from .limits import MB, current
from .loading.excel import WORKBOOK_SUFFIXES
from .loading.forms import WorkbookRead, read_workbook
from .localise import suggest as suggest_fixes
from .messages import refusal, words
from .periods.checks import period_findings
from .periods.header import settle
from .report import Report, present

if TYPE_CHECKING:
    import pandas as pd


def report_files(paths: list[str | Path]) -> list[Path]:
    """The files of one report that are read: each path itself, or the workbooks and narratives inside a folder."""
    return take_stock(paths).read


def _read_workbook(path: Path, catalogue: Catalogue) -> WorkbookRead:
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES:
        raise refusal("file.unsupported-type", path=path, suffix=suffix or words("word.none"))
    read = read_workbook(path, catalogue)
    if not any(r["matched_by"] for r in read.rows):
        raise refusal("workbook.no-forms", path=path)
    return read


def _read_narrative(path: Path) -> pd.DataFrame:
    """A narrative, within the text limit whatever its format (.docx and .pdf as well as .txt)."""
    from .narrative import load_narrative  # the narrative's modules and pandas only for a report with one

    frame = load_narrative(path)
    limit = current().max_text_mb
    size = int(frame["text"].str.len().sum())
    if size > limit * MB:
        raise refusal("text.too-much", path=path, limit=limit)
    return frame


def load_report(
    paths: Sequence[str | Path], catalogue: Catalogue | None = None, name: str | None = None
) -> Report:
    """Read all files of one report into a :class:`Report`."""
    return load_with_stock(paths, catalogue, name)[0]


def load_with_stock(
    paths: Sequence[str | Path],
    catalogue: Catalogue | None = None,
    name: str | None = None,
    period: str | None = None,
    unit: str | None = None,
) -> tuple[Report, Inventory]:
    """The report, and the account of its files (read, ignored and why, copies set aside); its period
    and unit are those given, else those its titles state (see :mod:`reformaudit.periods`)."""
    catalogue = catalogue or load_catalogue()
    if not paths:
        raise refusal("input.none")
    stock = take_stock(paths)
    files = stock.read
    narratives = [_read_narrative(p) for p in files if p.suffix.lower() in NARRATIVE_SUFFIXES]
    workbooks = [_read_workbook(p, catalogue) for p in files if p.suffix.lower() not in NARRATIVE_SUFFIXES]
    styles = Counter(w.style for w in workbooks)
    if narratives:
        import pandas as pd
    first = Path(paths[0])
    report = Report(
        name=name or (first.name if first.is_dir() else first.stem),
        sources=[str(p) for p in files],
        rows=[r for w in workbooks for r in w.rows],
        catalogue=catalogue,
        style=styles.most_common(1)[0][0] if styles else "vi",
        narrative=pd.concat(narratives, ignore_index=True) if narratives else None,
        texts=[t for w in workbooks for t in w.texts],
        has_forms=bool(workbooks),
    )
    settle(report, period, unit)
    return report, stock


def audit_reports(
    loaded: list[tuple[Report, Inventory | None]], catalogue: Catalogue, suggest: bool = True
) -> dict[str, list[Finding]]:
    """Every finding of every report: the catalogue's checks, and the account of the report's files."""
    confrontation = confront([r for r, _ in loaded], catalogue)
    if suggest:
        suggest_fixes(confrontation)
    found = confrontation.findings
    out = {}
    for report, stock in loaded:
        findings = [*period_findings(report, found.get(report.name, [])), *account(report, stock)]
        out[report.name] = sorted(findings, key=Finding.sort_key)
    return out


@dataclass
class AuditResult:
    """The findings of one report, with the report they are about."""

    report: Report
    findings: list[Finding]
    stock: Inventory | None = None

    def counts(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {s: counts.get(s, 0) for s in SEVERITY_ORDER}

    def summary(self, lang: str = "vi") -> dict:
        written = {r["form"] for r in self.report.rows}  # a few forms among a report's hundred rows
        forms = sorted({int(form) for form in written if form is not None and present(form)})
        period = self.report.period
        return {
            **self.counts(),
            "report": self.report.name,
            "period": period.to_dict(lang) if period else None,
            "unit": self.report.unit,
            "sources": self.report.sources,
            "forms": forms,
            "indicators_read": sum(1 for r in self.report.rows if r["matched_by"]),
            "claims_checked": self.report.claims_checked,
            "files_ignored": self.stock.to_dicts("vi") if self.stock else [],
        }

    def fails(self, fail_on: Severity = "error") -> bool:
        """Whether any finding is at least as severe as ``fail_on``."""
        limit = SEVERITY_ORDER[fail_on]
        return any(SEVERITY_ORDER[f.severity] <= limit for f in self.findings)

    def to_dict(self, lang: str = "vi") -> dict:
        return {"summary": self.summary(lang), "findings": [f.to_dict(lang) for f in self.findings]}

    def text(self, lang: str = "vi") -> str:
        """The findings as ``reformaudit check`` prints them."""
        from .reporting import render_text

        return render_text(self, lang=lang)

    @property
    def forms(self) -> pd.DataFrame:
        """Every indicator row read from the workbooks (see :func:`reformaudit.load_forms`)."""
        return self.report.forms

    @property
    def claims(self) -> pd.DataFrame:
        """Every numeric claim of the narrative (see :func:`reformaudit.extract_claims`)."""
        import pandas as pd

        from .narrative.claims import CLAIM_COLUMNS, claims_frame

        if self.report.narrative is None:
            return pd.DataFrame(columns=CLAIM_COLUMNS)
        return claims_frame(self.report.narrative, self.report.claims)

    def __repr__(self) -> str:
        from .reporting.notebook import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from .reporting.notebook import render_fragment

        return render_fragment(self)

    def to_frame(self, lang: str = "vi") -> pd.DataFrame:
        """One row per finding and piece of evidence (see :func:`reformaudit.reporting.notebook.findings_frame`)."""
        from .reporting.notebook import findings_frame

        return findings_frame(self, lang)


def audit(
    paths: list[str | Path] | str | Path,
    rules: list[str | Path] | tuple = (),
    name: str | None = None,
    period: str | None = None,
    unit: str | None = None,
    previous: list[str | Path] | tuple = (),
    units: str | Path | None = None,
) -> AuditResult:
    """Audit one report made of ``paths`` (files or a folder), with the built-in rules plus ``rules`` folders.

    ``period`` ("2026-H1", "6 tháng đầu năm 2026") and ``unit`` replace what the report's titles state;
    ``previous`` are the same unit's reports of other periods (a folder or file each), compared with it;
    ``units`` a folder of the reports of its units (departments, districts, communes), added up against it."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    catalogue = load_catalogue(tuple(rules))
    report, stock = load_with_stock(list(paths), catalogue, name, period, unit)
    findings = audit_reports([(report, stock)], catalogue)[report.name]
    if previous:
        from .periods.series import compare_series

        earlier = [load_report([p], catalogue, Path(p).name) for p in previous]
        findings = sorted([*findings, *compare_series(report, earlier)], key=Finding.sort_key)
    if units is not None:
        from .periods.rollup import load_units, roll_up

        below, expected, unreadable = load_units(units, catalogue)
        findings = sorted([*findings, *unreadable, *roll_up(report, below, expected)], key=Finding.sort_key)
    return AuditResult(report, findings, stock)
