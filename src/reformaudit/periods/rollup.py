"""A province's report against the reports of its units (``check PROVINCE --units FOLDER``).

Each sub-folder or lone file of FOLDER is one unit's report; its level (a Sở, a district, a commune) is
told from the unit its titles name. For each indicator of ``roll_up`` in ``rules/periods.yaml`` the
province's figure is the sum of its units' figures of that level. When FOLDER lists the units expected
(``don-vi.yaml``: a list of names) and some are missing, they are named and the sum may only fall short.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..catalogue import Text, split_key
from ..checks.spec import check_finding
from ..errors import AuditInputError
from ..findings import Finding, Joined, Num, Ref
from ..guard import refuse, say
from ..text import short
from .header import same_unit, unit_in, unit_level
from .series import known
from .words import Labelled, cited, period_text

UNITS_LIST = "don-vi.yaml"
LEVEL_NAMES = {
    "department": Text("sở, ngành", "departments"),
    "district": Text("đơn vị cấp huyện", "districts"),
    "commune": Text("đơn vị cấp xã", "communes"),
}
SHOWN_UNITS = 6


def load_units(folder: str | Path, catalogue) -> tuple[list, list[str] | None, list[Finding]]:
    """The unit reports under ``folder``, the units it lists as expected (None without a list), and a
    finding for each report that cannot be read."""
    from ..audit import load_report
    from ..inventory import discover_reports

    folder = Path(folder)
    if not folder.is_dir():
        raise refuse(
            f"{folder}: không phải thư mục; --units cần thư mục chứa báo cáo của các đơn vị",
            f"{folder}: not a folder; --units needs a folder holding the units' reports",
        )
    units, unreadable = [], []
    for name, paths in discover_reports(folder):
        try:
            units.append(load_report(paths, catalogue, name))
        except AuditInputError as exc:
            fields = {"unit_report": name, "reason": Text(say(exc, "vi"), say(exc, "en"))}
            unreadable.append(check_finding(catalogue, "ROLLUP.unreadable", fields, [], area="periods"))
    listed = folder / UNITS_LIST
    expected = None
    if listed.is_file():
        data = yaml.safe_load(listed.read_text(encoding="utf-8")) or []
        expected = [str(name) for name in (data if isinstance(data, list) else data.get("units", []))]
    return units, expected, unreadable


def _value(report, ref: str) -> float | None:
    row = report.row(ref)
    return None if row is None or row["value"] != row["value"] else float(row["value"])


def _usable(province, units: list) -> tuple[dict[str, list], list[Finding]]:
    """The units by level, leaving out (with a finding) those of another period or of no known level."""
    by_level: dict[str, list] = {}
    out = []
    for unit in units:
        level = unit_level(unit.unit)
        if province.period and unit.period and unit.period != province.period:
            fields = {
                "unit_report": unit.name,
                "unit_period": period_text(unit.period),
                "period": period_text(province.period),
            }
            out.append(check_finding(province.catalogue, "ROLLUP.other-period", fields, [], area="periods"))
        elif level not in LEVEL_NAMES:
            fields = {"unit_report": unit.name, "unit": unit.unit or "?"}
            out.append(check_finding(province.catalogue, "ROLLUP.unknown-unit", fields, [], area="periods"))
        else:
            by_level.setdefault(level, []).append(unit)
    return by_level, out


def _missing(by_level: dict[str, list], expected: list[str]) -> dict[str, list[str]]:
    """The expected units with no report, by level."""
    out: dict[str, list[str]] = {}
    for name in expected:
        unit = unit_in(name) or name
        level = unit_level(unit)
        if level and not any(same_unit(unit, u.unit or "") for u in by_level.get(level, [])):
            out.setdefault(level, []).append(unit)
    return out


def _sum_finding(
    province, ref: str, level: str, units: list, values: list[float], partial: bool
) -> Finding | None:
    total, added = _value(province, ref), sum(values)
    if total is None or (added <= total + 1e-9 if partial else abs(added - total) <= 1e-9):
        return None
    form, code = split_key(ref)
    terms = [Labelled(u.unit, Num(v)) for u, v in zip(units, values)]
    shown = terms[:SHOWN_UNITS] + (["…"] if len(terms) > SHOWN_UNITS else [])
    fields = {
        "ref": Ref(form, code, True),
        "label_short": short(province.catalogue.indicator(ref).label, 60),
        "value": Num(total),
        "count": len(units),
        "level": LEVEL_NAMES[level],
        "units_sum": Num(added),
        "parts_text": Joined(tuple(shown)),
    }
    check = "ROLLUP.exceeds" if partial else "ROLLUP.sum"
    evidence = [cited(province, ref), *(cited(u, ref) for u in units)]
    return check_finding(
        province.catalogue, check, fields, evidence, expected=added, actual=total, area="periods"
    )


def roll_up(province, units: list, expected: list[str] | None = None) -> list[Finding]:
    """Every finding of the province's figures against the sum of its units' figures."""
    by_level, out = _usable(province, units)
    missing = _missing(by_level, expected) if expected else {}
    for missing_level, names in missing.items():
        fields = {"level": LEVEL_NAMES[missing_level], "units": ", ".join(names), "count": len(names)}
        out.append(check_finding(province.catalogue, "ROLLUP.missing-units", fields, [], area="periods"))
    for ref in dict.fromkeys(r for refs in province.catalogue.roll_up.values() for r in refs):
        level = next(
            (lv for lv, refs in province.catalogue.roll_up.items() if ref in refs and lv in by_level), None
        )
        if level is None:
            continue
        values = known([_value(u, ref) for u in by_level[level]])
        if values is None:
            continue  # a unit that gives no figure: nothing to add up
        finding = _sum_finding(province, ref, level, by_level[level], values, bool(missing.get(level)))
        if finding:
            out.append(finding)
    for finding in out:
        finding.report = province.name
    return out
