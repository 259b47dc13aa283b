"""``audit``: load every file of a report, confront it with the catalogue, and return the findings.

>>> result = audit(["samples/binh-phuoc-2023-6t/bieu-mau.xlsx"])
>>> result.summary()["error"], result.fails("error")
(3, True)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .catalogue import Catalogue, load_catalogue
from .checks import confront
from .errors import AuditInputError
from .findings import SEVERITY_ORDER, Finding
from .loading.excel import WORKBOOK_SUFFIXES
from .loading.forms import WorkbookRead, read_workbook
from .narrative import load_narrative
from .report import Report, present

NARRATIVE_SUFFIXES = {".docx", ".pdf", ".txt"}


NARRATIVE_PREFERENCE = (".docx", ".pdf", ".txt")


def _folder_files(path: Path) -> list[Path]:
    """Workbooks and narratives in a folder; of narratives sharing a name, the Word file is preferred."""
    candidates = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(("~$", ".")))
    workbooks = [p for p in candidates if p.suffix.lower() in WORKBOOK_SUFFIXES]
    narratives: dict[str, Path] = {}
    for p in candidates:
        suffix = p.suffix.lower()
        if suffix in NARRATIVE_SUFFIXES:
            kept = narratives.get(p.stem)
            if kept is None or NARRATIVE_PREFERENCE.index(suffix) < NARRATIVE_PREFERENCE.index(
                kept.suffix.lower()
            ):
                narratives[p.stem] = p
    if not workbooks and not narratives:
        raise AuditInputError(
            f"{path}: no workbook (.xlsx, .xlsm) or narrative (.docx, .pdf, .txt) in this folder"
        )
    return [*narratives.values(), *workbooks]


REPORT_SUFFIXES = {*WORKBOOK_SUFFIXES, *NARRATIVE_SUFFIXES}


def _is_report_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in REPORT_SUFFIXES and not path.name.startswith(("~$", "."))


def discover_reports(root: str | Path) -> list[tuple[str, list[Path]]]:
    """(name, paths) of every report under ``root``: each folder holding report files is one report,
    and a lone file directly in ``root`` is a report of its own."""
    root = Path(root)
    reports = [(p.stem, [p]) for p in sorted(root.iterdir()) if _is_report_file(p)]
    for folder in sorted(p for p in root.rglob("*") if p.is_dir()):
        if any(_is_report_file(p) for p in folder.iterdir()):
            reports.append((str(folder.relative_to(root)), [folder]))
    return reports


def report_files(paths: list[str | Path]) -> list[Path]:
    """The files of one report: each path itself, or the workbooks and narratives inside a folder."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(_folder_files(path) if path.is_dir() else [path])
    return files


def _read_workbook(path: Path, catalogue: Catalogue) -> WorkbookRead:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise AuditInputError(f"{path}: legacy .xls workbook; open it in Excel and save it as .xlsx")
    if suffix not in WORKBOOK_SUFFIXES:
        raise AuditInputError(
            f"{path}: unsupported file type {suffix or '(none)'}; give an .xlsx or .xlsm workbook"
        )
    read = read_workbook(path, catalogue)
    if not any(r["matched_by"] for r in read.rows):
        raise AuditInputError(
            f"{path}: no Biểu mẫu table found (a header row with STT and Chỉ tiêu columns, rows of Biểu mẫu 1–7)"
        )
    return read


def load_report(
    paths: list[str | Path], catalogue: Catalogue | None = None, name: str | None = None
) -> Report:
    """Read all files of one report into a :class:`Report`."""
    catalogue = catalogue or load_catalogue()
    files = report_files(paths)
    if not files:
        raise AuditInputError("no input file given")
    narratives = [load_narrative(p) for p in files if p.suffix.lower() in NARRATIVE_SUFFIXES]
    workbooks = [_read_workbook(p, catalogue) for p in files if p.suffix.lower() not in NARRATIVE_SUFFIXES]
    styles = Counter(w.style for w in workbooks)
    first = Path(paths[0])
    return Report(
        name=name or (first.name if first.is_dir() else first.stem),
        sources=[str(p) for p in files],
        rows=[r for w in workbooks for r in w.rows],
        catalogue=catalogue,
        style=styles.most_common(1)[0][0] if styles else "vi",
        narrative=pd.concat(narratives, ignore_index=True) if narratives else None,
        texts=[t for w in workbooks for t in w.texts],
        has_forms=bool(workbooks),
    )


@dataclass
class AuditResult:
    """The findings of one report, with the report they are about."""

    report: Report
    findings: list[Finding]

    def counts(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {s: counts.get(s, 0) for s in SEVERITY_ORDER}

    def summary(self) -> dict:
        forms = sorted({int(r["form"]) for r in self.report.rows if present(r["form"])})
        return {
            **self.counts(),
            "report": self.report.name,
            "sources": self.report.sources,
            "forms": forms,
            "indicators_read": sum(1 for r in self.report.rows if r["matched_by"]),
        }

    def fails(self, fail_on: str = "error") -> bool:
        """Whether any finding is at least as severe as ``fail_on``."""
        limit = SEVERITY_ORDER[fail_on]
        return any(SEVERITY_ORDER[f.severity] <= limit for f in self.findings)

    def to_dict(self, lang: str = "vi") -> dict:
        return {"summary": self.summary(), "findings": [f.to_dict(lang) for f in self.findings]}

    @property
    def forms(self) -> pd.DataFrame:
        """Every indicator row read from the workbooks (see :func:`reformaudit.load_forms`)."""
        return self.report.forms

    @property
    def claims(self) -> pd.DataFrame:
        """Every numeric claim of the narrative (see :func:`reformaudit.extract_claims`)."""
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
    paths: list[str | Path] | str | Path, rules: list[str | Path] | tuple = (), name: str | None = None
) -> AuditResult:
    """Audit one report made of ``paths`` (files or a folder), with the built-in rules plus ``rules`` folders."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    catalogue = load_catalogue(tuple(rules))
    report = load_report(list(paths), catalogue, name)
    return AuditResult(report, confront([report], catalogue).get(report.name, []))
