"""The labelled corpus of real passages (tests/data/narrative_corpus): reading it, finding a labelled number
in its passage, and the arithmetic a label states — computed here on its own, not by the checker it measures.

>>> text = "tiếp nhận 4,52 ngàn hồ sơ, đã giải quyết 4.100 hồ sơ, đạt 90,7%"
>>> locate(text, "4,52"), label_value(text, "4,52")
((10, 14), 4520.0)
>>> label_arithmetic(text, {"kind": "rate", "numerator": "4.100", "denominator": "4,52", "percent": "90,7"})
(True, '4.100 / 4,52 = 90.71% (stated 90,7%)')

A compound amount is as precise as its smaller unit, and a scale word may be glued to "đồng":

>>> money = "thu 1.298 tỷ 911,2 triệu đồng, chi 278,0 tỷđồng"
>>> rounding(money, "1.298"), label_value(money, "278,0")
(50000.0, 278000000000.0)
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

KINDS = ("sum", "within", "rate", "shares", "change")
FIELDS = {
    "sum": ("whole", "parts"),
    "within": ("whole", "parts"),
    "rate": ("numerator", "denominator", "percent"),
    "shares": ("parts",),
    "change": ("before", "after", "difference?", "percent?"),
}
SCALES = [
    (re.compile(r"\s*triệu\s+t[ỷỉ]"), 1e15),
    (re.compile(r"\s*nghìn\s+t[ỷỉ]|\s*ngàn\s+t[ỷỉ]"), 1e12),
    (re.compile(r"\s*t[ỷỉ](?!\s*lệ)(?:(?!\w)|(?=đồng))"), 1e9),  # "tỷ", "tỉ", "tỷđồng", not "tỉnh"
    (re.compile(r"\s*triệu(?:(?!\w)|(?=đồng))"), 1e6),
    (re.compile(r"\s*(?:nghìn|ngàn)(?!\w)"), 1e3),
]
COMPOUND = re.compile(r"\s*t[ỷỉ]\s+(\d[\d.,]*)\s*triệu")
SHARED_UNIT = re.compile(
    r"\s*/\s*\d[\d.,]*"
)  # "1.034/2.320 tỷ đồng": the unit after the denominator is both's


def load_passages(path: Path) -> list[dict]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return data.get("passages") or []


def locate(text: str, label: str) -> tuple[int, int]:
    """The span of a labelled number ("56.039", "05#2" for the second "05") as a whole token of ``text``."""
    digits, _, nth = str(label).partition("#")
    occurrence = int(nth) if nth else 1
    pattern = re.compile(r"(?<![\d.,])" + re.escape(digits.strip()) + r"(?![\d]|[.,]\d)")
    found = list(pattern.finditer(text))
    if len(found) < occurrence:
        raise ValueError(f"number {label!r} not found in the passage ({len(found)} occurrences)")
    return found[occurrence - 1].span()


ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?![\d,])")


def parse_digits(digits: str, english: bool = False) -> tuple[float, int]:
    """A number as Vietnamese reports write it ("12.516", "37,76"; "98.39" read as English style); in a
    passage that groups thousands with commas ("1,485,486"), "823,380" is 823380."""
    s = digits.strip()
    if english and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        whole, _, frac = s.replace(",", "").partition(".")
        return float(whole + ("." + frac if frac else "")), len(frac)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            whole, frac = s.rsplit(",", 1)
            return float(whole.replace(".", "") + "." + frac), len(frac)
        whole, frac = s.rsplit(".", 1)
        return float(whole.replace(",", "") + "." + frac), len(frac)
    if "," in s:
        parts = s.split(",")
        if len(parts) > 2:
            return float(s.replace(",", "")), 0
        return float(parts[0] + "." + parts[1]), len(parts[1])
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
            return float(s.replace(".", "")), 0
        if len(parts) == 2:
            return float(s), len(parts[1])
    return float(s.replace(".", "")), 0


def label_value(text: str, label: str) -> float:
    """The value of a labelled number, with the scale word written after it ("4,52 ngàn" = 4520)."""
    start, end = locate(text, label)
    value, _ = parse_digits(text[start:end], english=bool(ENGLISH_THOUSANDS.search(text)))
    tail = text[end : end + 40]
    shared = SHARED_UNIT.match(tail)
    if shared:
        tail = tail[shared.end() :]
    compound = COMPOUND.match(tail)
    if compound:
        small, _ = parse_digits(compound.group(1))
        return value * 1e9 + small * 1e6
    for pattern, factor in SCALES:
        if pattern.match(tail):
            return value * factor
    return value


def _decimals(text: str, label: str) -> int:
    start, end = locate(text, label)
    return parse_digits(text[start:end])[1]


def rounding(text: str, label: str) -> float:
    """How far a number may be from its true value because it is written rounded: half its last digit,
    in its scale ("291,5 tỷ" ± 0,05 tỷ; "1.829 tỷ" ± 0,5 tỷ); an integer without a scale word is exact."""
    start, end = locate(text, label)
    value, decimals = parse_digits(text[start:end])
    compound = COMPOUND.match(text, end)
    if compound:  # "1.298 tỷ 911,2 triệu đồng" is as precise as its triệu
        return 0.5 * 10.0 ** -parse_digits(compound.group(1))[1] * 1e6
    scaled = label_value(text, label)
    factor = scaled / value if value else 1.0
    if not decimals and factor == 1.0:
        return 0.0
    return 0.5 * 10.0**-decimals * factor


# a sum of figures in the millions may be one off in a million: such figures are rounded from decimals
LARGE_FIGURES_ROUNDED = 1e-6


def label_arithmetic(text: str, rel: dict) -> tuple[bool | None, str]:
    """(whether the labelled relation's arithmetic holds, how it was computed)."""
    kind = rel["kind"]
    approx = bool(rel.get("approx"))
    if kind in ("sum", "within"):
        whole = label_value(text, rel["whole"])
        parts = [label_value(text, p) for p in rel["parts"]]
        total = sum(parts)
        written = rounding(text, rel["whole"]) + sum(rounding(text, p) for p in rel["parts"])
        if not _decimals(text, rel["whole"]) and any(_decimals(text, p) for p in rel["parts"]):
            written += 0.5  # a whole number as the total of parts with decimals: the total was rounded
        tolerance = max(0.01 * whole if approx else 0.0, written, LARGE_FIGURES_ROUNDED * max(1.0, whole))
        if kind == "sum":
            ok = abs(total - whole) <= tolerance
        else:
            ok = total <= whole + tolerance
        shown = " + ".join(str(p) for p in rel["parts"])
        return ok, f"{shown} = {total:g} against {rel['whole']} = {whole:g}"
    if kind == "rate":
        num = label_value(text, rel["numerator"])
        den = label_value(text, rel["denominator"])
        stated = label_value(text, rel["percent"])
        if not den:
            return None, "denominator 0"
        exact = num / den * 100
        return _rounds_to(exact, stated, _decimals(text, rel["percent"]), approx), (
            f"{rel['numerator']} / {rel['denominator']} = {exact:.2f}% (stated {rel['percent']}%)"
        )
    if kind == "shares":
        values = [label_value(text, p) for p in rel["parts"]]
        # each share rounded at its own decimals
        tolerance = (
            sum(0.5 * 10.0 ** -_decimals(text, p) for p in rel["parts"]) + 1e-9 + (1.0 if approx else 0.0)
        )
        total = sum(values)
        return abs(total - 100) <= tolerance, f"shares add to {total:g}%"
    before = label_value(text, rel["before"])
    after = label_value(text, rel["after"])
    if rel.get("difference") is not None:
        stated = label_value(text, rel["difference"])
        written = sum(rounding(text, rel[k]) for k in ("before", "after", "difference"))
        if not _decimals(text, rel["difference"]) and (
            _decimals(text, rel["before"]) or _decimals(text, rel["after"])
        ):
            written += 0.5  # "tăng 10 điểm" from 73,88 to 84,01: the change is written rounded
        ok = abs(abs(after - before) - stated) <= max(
            0.01 * max(before, after) if approx else 0.0, written, 1e-6
        )
        return ok, f"{after:g} − {before:g} = {after - before:g} (stated {stated:g})"
    if rel.get("percent") is not None and before:
        stated = label_value(text, rel["percent"])
        exact = abs(after - before) / before * 100
        return _rounds_to(exact, stated, _decimals(text, rel["percent"]), approx), (
            f"change {exact:.2f}% (stated {stated:g}%)"
        )
    return None, "change without a difference or percent"


def _rounds_to(exact: float, stated: float, decimals: int, approx: bool) -> bool:
    step = 10.0**-decimals
    if abs(exact - stated) <= step / 2 + 1e-9:
        return True
    if abs(math.floor(exact / step + 1e-9) * step - stated) <= 1e-9:
        return True
    return approx and abs(exact - stated) <= max(1.0, step)


def relation_numbers(rel: dict) -> list[str]:
    """The labelled numbers of a relation, in the order of its fields."""
    out: list[str] = []
    for name in FIELDS[rel["kind"]]:
        value = rel.get(name.rstrip("?"))
        if value is not None:
            out += [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return out


def covers(claim_spans: list[tuple[int, int]], label_spans: list[tuple[int, int]]) -> bool:
    """A claim states a labelled relation when its numbers and the label's are the same, span for span."""

    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    return all(any(overlaps(c, lab) for c in claim_spans) for lab in label_spans) and all(
        any(overlaps(c, lab) for lab in label_spans) for c in claim_spans
    )
