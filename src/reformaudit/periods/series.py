"""One report against the same unit's reports of other periods (``check CURRENT --previous EARLIER…``).

How an indicator behaves over time is data (``over_time`` in ``rules/periods.yaml``): a cumulative figure
cannot fall within a year, a figure assigned for the year stays the same, a flow over a period within
another is at most the other's, and flows of periods that do not overlap add up to at most the one
containing them; the narrative's "tăng … so với cùng kỳ" is checked against the same period of last year
(:mod:`.claims`). Reports on two sides of a change of the administrative map (1/7/2025) are not compared.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from ..catalogue import split_key
from ..checks.spec import check_finding
from ..findings import Finding, Joined, Num, Ref
from ..text import short
from .claims import check_changes, same_period_last_year
from .header import same_unit
from .validity import REFORMS, reform
from .words import Labelled, cited, day_text, period_text


def _value(report, ref: str) -> float | None:
    row = report.row(ref)
    if row is None or row["value"] != row["value"] or row["value"] is None:
        return None
    return float(row["value"])


def known(values: list[float | None]) -> list[float] | None:
    """The values, or None when one of them is missing."""
    known = [v for v in values if v is not None]
    return known if len(known) == len(values) else None


def _source(report) -> str:
    return report.name or (Path(report.sources[0]).name if report.sources else "?")


def _fields(report, ref: str) -> dict:
    form, code = split_key(ref)
    indicator = report.catalogue.indicator(ref)
    return {"ref": Ref(form, code, True), "label_short": short(indicator.label, 60)}


def _num(value: float, report, ref: str) -> Num:
    return Num(value, percent=report.catalogue.indicator(ref).kind == "percent")


def _change_between(a, b):
    """The first change of the map between two periods (or inside either), or None."""
    low, high = min(a.start, b.start), max(a.end, b.end)
    return next((day for day in sorted(REFORMS) if low < day <= high), None)


def _comparable(current, earlier) -> Finding | None:
    """Why ``earlier`` cannot be compared with ``current`` (a finding), or None when it can."""
    catalogue = current.catalogue
    for report in (current, earlier):
        if report.period is None:
            return check_finding(
                catalogue, "SERIES.no-period", {"source": _source(report)}, [], area="periods"
            )
    day = _change_between(current.period, earlier.period)
    if day is not None:  # before another unit: provinces merged on that day (Bình Phước into Đồng Nai)
        fields = {
            "period": period_text(current.period),
            "earlier_period": period_text(earlier.period),
            "earlier_source": _source(earlier),
            "reform": reform(day),
            "day": day_text(day),
        }
        return check_finding(catalogue, "SERIES.not-comparable", fields, [], area="periods")
    if current.unit and earlier.unit and not same_unit(current.unit, earlier.unit):
        fields = {"earlier_source": _source(earlier), "earlier_unit": earlier.unit, "unit": current.unit}
        return check_finding(catalogue, "SERIES.other-unit", fields, [], area="periods")
    return None


def _pair(later, earlier, ref: str, nature: str) -> Finding | None:
    """Cumulative and year-plan figures of two periods of one year, ``later`` ending after ``earlier``."""
    now, before = _value(later, ref), _value(earlier, ref)
    if now is None or before is None or later.period.year != earlier.period.year:
        return None
    if nature == "cumulative" and now < before:
        check = "SERIES.cumulative-fell"
    elif nature == "year_plan" and now != before:
        check = "SERIES.plan-changed"
    else:
        return None
    fields = _fields(later, ref) | {
        "period": period_text(later.period),
        "value": _num(now, later, ref),
        "earlier_period": period_text(earlier.period),
        "earlier_value": _num(before, earlier, ref),
    }
    evidence = [cited(later, ref), cited(earlier, ref)]
    return check_finding(
        later.catalogue, check, fields, evidence, expected=before, actual=now, area="periods"
    )


def _nested(inner, outer, ref: str) -> Finding | None:
    small, large = _value(inner, ref), _value(outer, ref)
    if small is None or large is None or small <= large:
        return None
    fields = _fields(outer, ref) | {
        "inner_period": period_text(inner.period),
        "inner_span": inner.period.span(),
        "inner_value": _num(small, inner, ref),
        "outer_period": period_text(outer.period),
        "outer_span": outer.period.span(),
        "outer_value": _num(large, outer, ref),
    }
    evidence = [cited(outer, ref), cited(inner, ref)]
    return check_finding(
        outer.catalogue,
        "SERIES.flow-not-nested",
        fields,
        evidence,
        expected=large,
        actual=small,
        area="periods",
    )


def _separate(outer, parts: list, ref: str) -> Finding | None:
    """Flows of periods that do not overlap, all within ``outer``, add up to at most its figure."""
    total, values = _value(outer, ref), known([_value(p, ref) for p in parts])
    if total is None or values is None or sum(values) <= total:
        return None
    terms = tuple(Labelled(period_text(p.period), _num(v, p, ref)) for p, v in zip(parts, values))
    fields = _fields(outer, ref) | {
        "parts_text": Joined(terms),
        "parts_sum": _num(sum(values), outer, ref),
        "outer_period": period_text(outer.period),
        "outer_value": _num(total, outer, ref),
    }
    evidence = [cited(outer, ref), *(cited(p, ref) for p in parts)]
    return check_finding(
        outer.catalogue,
        "SERIES.flows-exceed",
        fields,
        evidence,
        expected=total,
        actual=sum(values),
        area="periods",
    )


def _carried(earlier, later, stock: str, flows: dict) -> Finding | None:
    """A stock at the end of ``later``: the stock at the end of ``earlier`` plus what came in and minus what
    went out in between — for two periods that follow each other or start on the same day."""
    a, b = earlier.period, later.period
    follows, same_start = b.start == a.end + timedelta(days=1), a.start == b.start and a.end < b.end
    if not (follows or same_start):
        return None
    before, after = _value(earlier, stock), _value(later, stock)
    nets = known([_net(report, flows) for report in ((later, earlier) if same_start else (later,))])
    if before is None or after is None or nets is None:
        return None
    change = nets[0] - (nets[1] if same_start else 0)
    if abs(before + change - after) <= 1e-9:
        return None
    form, _ = split_key(stock)
    fields = _fields(later, stock) | {
        "period": period_text(b),
        "value": Num(after),
        "earlier_period": period_text(a),
        "earlier_value": Num(before),
        "change": Num(change),
        "plus_refs": Joined(tuple(_ref_of(r, form) for r in flows["plus"]), ", "),
        "minus_refs": Joined(tuple(_ref_of(r, form) for r in flows["minus"]), ", "),
        "expected": Num(before + change),
    }
    evidence = [
        cited(later, stock),
        cited(earlier, stock),
        *(cited(later, r) for r in (*flows["plus"], *flows["minus"])),
    ]
    return check_finding(
        later.catalogue,
        "SERIES.stock-carry",
        fields,
        evidence,
        expected=before + change,
        actual=after,
        area="periods",
    )


def _net(report, flows: dict) -> float | None:
    """What came in minus what went out during the report's period (None when a figure is missing)."""
    plus, minus = (known([_value(report, r) for r in flows[side]]) for side in ("plus", "minus"))
    return None if plus is None or minus is None else sum(plus) - sum(minus)


def _ref_of(ref: str, form: int) -> Ref:
    f, code = split_key(ref)
    return Ref(f, code, f != form)


def _disjoint_within(outer, reports: list) -> list:
    """The longest periods within ``outer`` that do not overlap each other (at least two, else none)."""
    inside = [
        r for r in reports if r is not outer and outer.period.contains(r.period) and r.period != outer.period
    ]
    chosen: list = []
    for r in sorted(inside, key=lambda r: (r.period.start - r.period.end, r.period.start)):
        if not any(r.period.overlaps(c.period) for c in chosen):
            chosen.append(r)
    return sorted(chosen, key=lambda r: r.period.start) if len(chosen) > 1 else []


def compare_series(current, earlier: list) -> list[Finding]:
    """Every finding of ``current`` against each of ``earlier``, the same unit's reports of other periods
    (the earlier reports are not compared with each other)."""
    out: list[Finding] = []
    usable = []
    for report in earlier:
        reason = _comparable(current, report)
        if reason is None:
            usable.append(report)
        elif reason not in out:
            out.append(reason)
    natures = current.catalogue.over_time
    for other in usable:
        later, before = (current, other) if current.period.end >= other.period.end else (other, current)
        for stock, flows in current.catalogue.carry_over.items():
            out += filter(None, [_carried(before, later, stock, flows)])
        for ref, nature in natures.items():
            if nature in ("cumulative", "year_plan"):
                out += filter(None, [_pair(later, before, ref, nature)])
            elif current.period != other.period:
                outer, inner = (current, other) if current.period.contains(other.period) else (other, current)
                if outer.period.contains(inner.period):
                    out += filter(None, [_nested(inner, outer, ref)])
    parts = _disjoint_within(current, usable)
    for ref, nature in natures.items():
        if nature == "flow" and parts:
            out += filter(None, [_separate(current, parts, ref)])
    last_year = same_period_last_year(current, usable)
    if last_year is not None:
        out += check_changes(current, last_year)
    for finding in out:
        finding.report = current.name
    return out


def series_findings(reports: list) -> dict[str, list[Finding]]:
    """For ``reformaudit batch``: each report against the other periods of its unit found beside it (reports
    in one folder, of one unit, on one side of a change of the map), by report name."""
    groups: dict[tuple, list] = {}
    for report in reports:
        if report.period is not None and report.unit:
            folder = str(Path(report.name).parent)
            key = next(
                (k for k in groups if k[0] == folder and same_unit(k[1], report.unit)), (folder, report.unit)
            )
            groups.setdefault(key, []).append(report)
    out: dict[str, list[Finding]] = {}
    for group in groups.values():
        for report in group:
            others = [
                r
                for r in group
                if r is not report
                and r.period != report.period
                and _change_between(r.period, report.period) is None
            ]
            found = compare_series(report, others) if others else []
            if found:
                out[report.name] = found
    return out
