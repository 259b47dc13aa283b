"""Business registration, as the statistics office and the business registration agency write it every month: the
firms that entered the market are those newly established and those that returned to operation; the capital added
to the economy is the new firms' registered capital and the capital that operating firms added. Each figure takes
its role from its words and its period from the nearest period named before it ("trong tháng 7" is not "Tính chung 7
tháng"), over the paragraphs of one account:

    Tính chung 7 tháng năm 2025, cả nước có 107,7 nghìn doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký
    928,4 nghìn tỉ đồng …. Đáng chú ý, tổng vốn đăng ký bổ sung vào nền kinh tế trong 7 tháng đạt hơn 3,3 nghìn tỉ
    đồng …. Riêng vốn tăng thêm của các doanh nghiệp đang hoạt động đạt hơn 2,4 nghìn tỉ đồng.

(3,3 nghìn tỉ cannot hold 928,4 and 2,4 nghìn tỉ.) Read from words, these are warnings.

>>> text = ("Trong 8 tháng, có 209,2 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động. Trong đó, có 128,2 "
...         "nghìn doanh nghiệp đăng ký thành lập mới. Bên cạnh đó, có 81,1 nghìn doanh nghiệp quay trở lại hoạt động.")
>>> [(c.status, [q.raw for q in c.quantities]) for c in registration_claims(text)]
[('ok', ['209,2 nghìn', '128,2 nghìn', '81,1 nghìn'])]
"""

from __future__ import annotations

import re

from .across import account_runs, claims_across
from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .roles import AVERAGE
from .sentences import sentences

UNIT_OF_FIRMS = re.compile(r"^(?:doanh\s+nghiệp|dn)\b", re.IGNORECASE)  # a count's unit that counts firms
RETURNED = r"quay\s+(?:trở\s+)?lại\s+hoạt\s+động"
ENTERED = rf"(?:gia\s+nhập\s+và\s+tái\s+gia\s+nhập|thành\s+lập\s+mới\s+và\s+(?:(?:doanh\s+nghiệp|dn)\s+)?{RETURNED})"
APPROX = r"\s*(?:tới|hơn|gần|khoảng|trên)?\s*$"
# the words between a role's name and its figure, which may name the period: "trong 8 tháng năm 2025 đạt"
GAP = r"(?:[^.;\d]|\d{1,2}\s+tháng|tháng\s+\d{1,2}(?:/\d{4})?|năm\s+\d{4}|quý\s+[IV]+/\d{4}|\d+(?:,\d+)?%)"
FIRM = r"(?:doanh\s+nghiệp|dn)(?:\s*\(dn\))?"
# the words right before a figure that say its role
BEFORE = {
    "entered": re.compile(rf"{ENTERED}{GAP}{{0,60}}?(?:lên|đạt|là){APPROX}", re.IGNORECASE),
    "new": re.compile(
        rf"(?:doanh\s+nghiệp|dn)\s+(?:đăng\s+ký\s+)?(?:được\s+)?thành\s+lập\s+mới(?!\s+và){GAP}{{0,40}}?(?:là|đạt){APPROX}",
        re.IGNORECASE,
    ),
    "returned": re.compile(rf"(?<!mới và ){RETURNED}{GAP}{{0,60}}?(?:là|đạt|với){APPROX}", re.IGNORECASE),
    # "… bổ sung vào nền kinh tế … là"; "Nếu tính cả … vốn đăng ký tăng thêm …, tổng số vốn đăng ký năm 2021 đạt"
    "total capital": re.compile(
        rf"(?:vốn\s+đăng\s+ký\s+(?:bổ\s+sung\s+)?vào\s+nền\s+kinh\s+tế|tăng\s+vốn,?\s+(?:thì\s+)?tổng\s+(?:số\s+)?vốn\s+đăng\s+ký)"
        rf"{GAP}{{0,60}}?(?:là|đạt|lên){APPROX}",
        re.IGNORECASE,
    ),
    "new capital": re.compile(
        rf"(?:thành\s+lập\s+mới(?!\s+và){GAP}{{0,40}}?(?:với|có)\s+(?:tổng\s+)?(?:số\s+)?vốn\s+đăng\s+ký"
        rf"|vốn\s+đăng\s+ký\s+của\s+(?:các\s+)?(?:doanh\s+nghiệp|dn)\s+(?:đăng\s+ký\s+)?thành\s+lập(?:\s+mới)?)"
        rf"\s*(?:là|đạt)?{APPROX}",
        re.IGNORECASE,
    ),
    "added capital": re.compile(
        rf"vốn\s+(?:đăng\s+ký\s+)?tăng\s+thêm{GAP}{{0,80}}?(?:là|đạt){APPROX}", re.IGNORECASE
    ),
}
# the words right after a figure that say its role
AFTER = {
    "entered": re.compile(rf"^\s*{FIRM}\s+(?:đăng\s+ký\s+)?{ENTERED}", re.IGNORECASE),
    "new": re.compile(
        rf"^\s*{FIRM}\s+(?:đăng\s+ký\s+)?(?:được\s+)?thành\s+lập(?:\s+mới)?(?!\s+và\s+(?:(?:doanh\s+nghiệp|dn)\s+)?{RETURNED})",
        re.IGNORECASE,
    ),
    "returned": re.compile(rf"^\s*{FIRM}\s+{RETURNED}", re.IGNORECASE),
    "added capital": re.compile(r"^\s*vốn\s+(?:đăng\s+ký\s+)?tăng\s+thêm", re.IGNORECASE),
}
ADDING_UP = (("entered", "new", "returned"), ("total capital", "new capital", "added capital"))
# what a period is named by: "trong tháng 7", "7 tháng năm 2025", "6 tháng đầu năm", "quý I/2025", "năm 2021"
PERIOD = re.compile(
    r"\b(\d{1,2})\s+tháng\b|\b(?:tám|bảy|sáu|năm|chín|mười)\s+tháng\b|\btháng\s+(\d{1,2})\b|\btrong\s+tháng\b"
    r"|\bquý\s+([IV]+|\d)\b|\bnăm\s+(\d{4}|nay)\b",
    re.IGNORECASE,
)
OTHER_COUNT = re.compile(r"\b(?:lao\s+động|vốn)\b", re.IGNORECASE)
COMPARED = re.compile(r"(?:so\s+với|cùng\s+kỳ|hồi)[^.;,\d]{0,12}$", re.IGNORECASE)
WORD_MONTHS = {"năm": "5", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9", "mười": "10"}
MENTIONS = re.compile(rf"thành\s+lập\s+mới|{RETURNED}|vốn\s+đăng\s+ký|gia\s+nhập", re.IGNORECASE)


def _period(match: re.Match) -> str:
    months, month, quarter, year = match.group(1), match.group(2), match.group(3), match.group(4)
    if months:
        return f"{int(months)} months"
    if month:
        return "month"
    if quarter:
        # the first quarter is the first three months
        return "3 months" if quarter in ("I", "1") else f"quarter {quarter}"
    if year:
        return "year"
    word = match.group(0).lower()
    if word.startswith("trong"):
        return "month"
    return f"{WORD_MONTHS[word.split()[0]]} months"


def _periods(text: str) -> list[tuple[int, str]]:
    """(where, period) of every period named; "7 tháng năm 2025" is seven months, not the year, and the period a
    figure is compared with ("so với cùng kỳ năm 2024", "so với tháng 6/2022") is none."""
    found: list[tuple[int, str]] = []
    for match in PERIOD.finditer(text):
        if COMPARED.search(text, max(0, match.start() - 25), match.start()):
            continue
        if match.group(4) and found and found[-1][0] >= match.start() - 12 and "months" in found[-1][1]:
            continue
        found.append((match.end(), _period(match)))
    return found


def _role(text: str, q: Quantity, span: tuple[int, int]) -> str | None:
    before = text[max(span[0], q.start - 160) : q.start]
    after = text[q.end : min(span[1], q.end + 90)]
    # "Bình quân mỗi tháng có 26,2 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động": no total
    if AVERAGE.search(text[max(span[0], q.start - 40) : q.start]):
        return None
    if q.kind == "count":
        if not UNIT_OF_FIRMS.match(q.unit) and not any(
            BEFORE[r].search(before) for r in ("entered", "new", "returned")
        ):
            return None
        if OTHER_COUNT.search(before.split(",")[-1]):
            return None  # "Số lao động đăng ký của các doanh nghiệp thành lập mới là 68.979"
        for role in ("entered", "returned", "new"):
            if AFTER[role].match(after):
                return role
        return next((r for r in ("entered", "new", "returned") if BEFORE[r].search(before)), None)
    if q.kind == "money":
        if AFTER["added capital"].match(after):
            return "added capital"
        return next(
            (r for r in ("total capital", "added capital", "new capital") if BEFORE[r].search(before)), None
        )
    return None


def registration_claims(text: str, block: int = 0) -> list[Claim]:
    if not MENTIONS.search(text):
        return []
    periods = _periods(text)
    spans = sentences(text)
    found: dict[tuple[str, str], list[Quantity]] = {}
    for q in find_quantities(text):
        span = next(((s, e) for s, e in spans if s <= q.start < e), (0, len(text)))
        role = _role(text, q, span)
        if role is None:
            continue
        period = next((p for end, p in reversed(periods) if end <= q.start), "")
        found.setdefault((period, role), []).append(q)
    claims = []
    for period in {p for p, _ in found}:
        for whole_role, *part_roles in ADDING_UP:
            figures = [found.get((period, r), []) for r in (whole_role, *part_roles)]
            # one figure for each role, or the same figure said twice
            if any(len({q.value for q in f}) != 1 for f in figures):
                continue
            whole, *parts = (f[0] for f in figures)
            claim = breakdown(block, (min(q.start for q in (whole, *parts)), len(text)), whole, parts, True)
            claim.uncertain = True
            claim.notes.append("business registration")
            claims.append(claim)
    return sorted(claims, key=lambda c: c.quantities[0].start)


ACCOUNT_RUN = 10  # paragraphs of one account read together at most


def registration_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The account over consecutive paragraphs that speak of it (captions with no figure between them pass)."""
    out: list[Claim] = []
    for run in account_runs(texts, kinds, MENTIONS.search, ACCOUNT_RUN):
        out += [c for b in run for c in registration_claims(texts[b], b)]
        out += claims_across([(b, texts[b], 0) for b in run], registration_claims)
    return out
