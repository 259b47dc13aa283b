"""A consistent series of one unit's reports, written from one report's source (``bieu-mau.source.yaml``).

The source is taken as the first half of a year. For another period, what happened during the period
(``flow`` in ``rules/periods.yaml``) is scaled by the period's share of the year, what is counted from
the start of the year (``cumulative``) by the share up to the period's end, and totals and rates are
worked out again, so every relation still holds. ``two_tier`` makes it a report after 1/7/2025: district
rows blank, their figures taken over by the province or commune rows beside them.
"""

from __future__ import annotations

import copy

from ..catalogue import Catalogue
from ..numbers import parse_number
from ..periods import Period

QUARTERS = {"Q1": 0.25, "Q2": 0.25, "H1": 0.5, "Q3": 0.25, "9M": 0.75, "Q4": 0.25, "H2": 0.5, "Y": 1.0}
UP_TO = {"Q1": 0.25, "Q2": 0.5, "H1": 0.5, "Q3": 0.75, "9M": 0.75, "Q4": 1.0, "H2": 1.0, "Y": 1.0}
FROM_YEAR_START, AFTER_FIRST_HALF = ("Q1", "H1", "9M", "Y"), ("Q3", "H2")
DISTRICT_HEIRS = {"2:1.2": "2:1.1", "3:1.4.2": "3:1.4.1", "4:1.5.3": "4:1.5.1"}


def rows_of(source: dict):
    """(indicator key, row list) of every row of a source, the row editable in place."""
    for form in source["forms"]:
        for item in form["rows"]:
            row = item["row"] if isinstance(item, dict) else item
            yield f"{form['form']}:{str(row[0]).rstrip('.')}", row


def written_number(written) -> float | None:
    if written is None:
        return None
    if isinstance(written, dict):
        return float(written["percent"]) * 100
    if isinstance(written, (int, float)):
        return float(written)
    return parse_number(str(written)).value


def _rate(value: float):
    """A rate as an office writes it: whole, or with two decimals and a comma."""
    return int(value) if value == int(value) else f"{value:.2f}".replace(".", ",")


def _recompute(
    source: dict, catalogue: Catalogue, changed: set[str], fixed: frozenset[str] = frozenset()
) -> None:
    """Totals, figures given in two forms and rates worked out again from the ``changed`` figures, until they
    settle. A figure in ``fixed`` (split exactly among units) keeps its value: a total's last free part takes up
    the difference, and a figure given in two forms is matched through a part of the other's sum."""
    rows = dict(rows_of(source))
    values = {ref: written_number(row[3]) for ref, row in rows.items()}

    def put(ref: str, value: float) -> bool:
        if values.get(ref) == value:
            return False
        values[ref] = value
        rows[ref][3] = int(value)
        changed.add(ref)
        return True

    sums = {
        r.one("total"): [p for p in r.many("parts") if p in rows] for r in catalogue.rules if r.type == "sum"
    }
    sums = {total: parts for total, parts in sums.items() if total in rows and parts}
    equals = [(r.one("left"), r.one("right")) for r in catalogue.rules if r.type == "equal"]
    equals = [(a, b) for a, b in equals if a in rows and b in rows]
    for _ in range(2 * (len(sums) + len(equals)) + 1):
        moved = False
        for total, parts in sums.items():
            if not set(parts) & changed:
                continue
            free = [p for p in parts if p not in fixed]
            if total in fixed and free:
                rest = sum(values.get(p) or 0 for p in parts if p != free[-1])
                moved |= put(free[-1], max(0.0, (values.get(total) or 0) - rest))
            else:  # every part split exactly too: their sum is the unit's share of the total
                moved |= put(total, float(sum(values.get(p) or 0 for p in parts)))
        for left, right in equals:  # one figure in two forms ("4:1.5" and "6:2.1")
            target, other = (left, right) if right in fixed else (right, left)
            gap = (values.get(other) or 0) - (values.get(target) or 0)
            free = [p for p in sums.get(target, []) if p not in fixed]
            if gap and free:  # through a part, so that the target's own sum still holds
                moved |= put(free[-1], max(0.0, (values.get(free[-1]) or 0) + gap))
            elif gap and target not in fixed and target not in sums:
                moved |= put(target, values.get(other) or 0)
        if not moved:
            break
    for rule in catalogue.rules:
        if (
            rule.type == "ratio"
            and {rule.one("numerator"), rule.one("denominator")} & changed
            and rule.one("rate") in rows
        ):
            num, den = values.get(rule.one("numerator")), values.get(rule.one("denominator"))
            if num is not None and den:
                rows[rule.one("rate")][3] = _rate(round(num / den * 100, 2))


def for_period(source: dict, catalogue: Catalogue, period: Period, unit_title: str | None = None) -> dict:
    """The source (a first half of a year) rewritten as the same unit's report for ``period``."""
    source = copy.deepcopy(source)
    label = period.label("vi").upper()
    source["title"] = f"THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH {label}"
    end = period.end
    source["subtitle"] = (
        f"(Ban hành kèm theo Báo cáo số 215/BC-UBND ngày {end.day}/{end.month}/{end.year} của UBND tỉnh)"
    )
    if unit_title:
        source["organisation"] = unit_title
    scale = {"flow": QUARTERS[period.kind] / 0.5, "cumulative": UP_TO[period.kind] / 0.5}
    base = {ref: written_number(row[3]) for ref, row in rows_of(source)}
    changed = set()
    for ref, row in rows_of(source):
        nature = catalogue.over_time.get(ref)
        value = written_number(row[3])
        if nature in scale and value is not None:
            row[3] = int(round(value * scale[nature]))
            changed.add(ref)
    changed |= _carry_stocks(source, catalogue, period, base)
    _recompute(source, catalogue, changed)
    return _without_level_notes(source, catalogue)


def _carry_stocks(source: dict, catalogue: Catalogue, period: Period, base: dict) -> set[str]:
    """Stocks (``carry_over``) moved by the period's flows: the source's stock is the first half's, so a
    period from the start of the year differs from it by its flows less the first half's, and quarter III
    (or the second half) adds its own. Other periods keep the first half's stock. Returns what changed."""
    rows = dict(rows_of(source))
    changed = set()
    for stock, flows in catalogue.carry_over.items():
        if stock not in rows or base.get(stock) is None:
            continue
        now = {ref: written_number(row[3]) for ref, row in rows.items()}
        if period.kind in FROM_YEAR_START:
            delta = _net(now, flows) - _net(base, flows)
        else:
            delta = _net(now, flows) if period.kind in AFTER_FIRST_HALF else 0
        total_of = {r.one("total"): r.many("parts") for r in catalogue.rules if r.type == "sum"}
        target = total_of.get(stock, [stock])[0]
        written = written_number(rows[target][3])
        assert written is not None, f"the sample writes {target}"
        rows[target][3] = int(written + delta)
        changed.add(target)
    return changed


def _net(values: dict, flows: dict) -> float:
    return sum(values.get(r) or 0 for r in flows["plus"]) - sum(values.get(r) or 0 for r in flows["minus"])


def _without_level_notes(source: dict, catalogue: Catalogue) -> dict:
    """Notes that break a figure down by level ("Cấp tỉnh: …; Cấp huyện: …") left out: they would not fit."""
    noted = {ref for rule in catalogue.rules if rule.type == "note_levels" for ref in rule.many("notes")}
    for ref, row in rows_of(source):
        if ref in noted and len(row) > 4:
            row[4] = None
    return source


def two_tier(source: dict, catalogue: Catalogue) -> dict:
    """The report as after 1/7/2025: district rows blank, their figures taken over beside them."""
    source = copy.deepcopy(source)
    rows = dict(rows_of(source))
    district = {i.key for i in catalogue.indicators() if i.valid_to is not None}
    for part, heir in DISTRICT_HEIRS.items():
        if part in rows and heir in rows:
            rows[heir][3] = int((written_number(rows[heir][3]) or 0) + (written_number(rows[part][3]) or 0))
    for ref in district & set(rows):
        rows[ref][3] = None
    return _without_level_notes(source, catalogue)


def split(total: int, weights: list[float]) -> list[int]:
    """``total`` in whole parts proportional to ``weights`` that add up to it exactly.

    >>> split(10, [1, 1, 1])
    [4, 3, 3]
    """
    shares = [total * w / sum(weights) for w in weights]
    parts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: parts[i] - shares[i])
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def unit_reports(source: dict, catalogue: Catalogue, level: str, units: dict[str, float]) -> dict[str, dict]:
    """The reports of a province's ``units`` of ``level`` (organisation line -> weight), for the period of
    ``source``: each indicator the level adds up to (``roll_up`` in ``rules/periods.yaml``) split among
    them exactly, their other figures the province's scaled by their weight, totals and rates worked out."""
    weights = list(units.values())
    added_up = set(catalogue.roll_up.get(level, ()))
    province = {ref: written_number(row[3]) for ref, row in rows_of(source)}
    parts = {ref: split(int(v), weights) for ref, v in province.items() if ref in added_up and v is not None}
    out = {}
    for i, (organisation, weight) in enumerate(units.items()):
        unit = copy.deepcopy(source)
        unit["organisation"] = organisation
        changed = set()
        for ref, row in rows_of(unit):
            kind = catalogue.indicator(ref).kind if _known(catalogue, ref) else None
            if ref in parts:
                row[3] = parts[ref][i]
            elif kind in ("count", "money") and (whole := province.get(ref)) is not None:
                row[3] = int(round(whole * weight / sum(weights)))
            else:
                continue
            changed.add(ref)
        _recompute(unit, catalogue, changed, frozenset(parts))
        out[organisation] = _without_level_notes(unit, catalogue)
    return out


def _known(catalogue: Catalogue, ref: str) -> bool:
    form, _, code = ref.partition(":")
    return form.isdigit() and int(form) in catalogue.forms and code in catalogue.forms[int(form)].by_code()
