"""Quantities in running Vietnamese text: counts, percents, money, x/y ratios — and what is not one.

Dates ("26/12/2022", "ngày 23 tháng 12 năm 2022", "quý III, IV/2023"), document numbers
("173/QĐ-UBND", "63/2010/NĐ-CP", "3660-CV/TU"), years and year ranges, ranks ("thứ 39/63"),
durations ("6 tháng"), article and version numbers are recognised and skipped. Every quantity keeps
its raw text, span and decimals written. The scanner is one regular expression with no nested
repetition, so it runs in time linear in the text.

>>> [(q.kind, q.value) for q in find_quantities("Tổng Kế hoạch là 5.755 tỷ 631 triệu đồng, đạt 34%")]
[('money', 5755631.0), ('percent', 34.0)]
>>> [(q.kind, q.numerator, q.denominator) for q in find_quantities("cấp huyện, xã: 24.667/48.688 hồ sơ")]
[('ratio', 24667.0, 48688.0)]
>>> find_quantities("Quyết định số 2398/QĐ-UBND ngày 26/12/2022, giai đoạn 2021-2025, trong 6 tháng")
[]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..numbers import parse_number

NUM = r"\d+(?:[.,]\d+)*"
NOTE_MARK = re.compile(r"\[\d{1,3}\]")  # a note's mark, no number: "… phải theo dõi[4] và 415 …"
SPACED = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])(?=\s+[^\W\d_])"
MONEY_SCALE = r"(?:triệu\s+t[ỷỉ]|nghìn\s+t[ỷỉ]|ngàn\s+t[ỷỉ]|t[ỷỉ]|triệu|nghìn|ngàn)"  # "tỉ" is the other spelling of "tỷ"
DONG = r"đồng(?!\s*(?:chí|bào)\b)"  # not "73 đồng chí", "500 đồng bào": people
MONEY_UNIT = rf"(?:{MONEY_SCALE})?\s*{DONG}"
SPAN_OF_TIME = r"(?:tháng|năm|ngày|tuần|giờ|phút|tuổi)"
DURATION = rf"(?i:\b{NUM}\s+{SPAN_OF_TIME}\b)"
# money is counted in triệu đồng; a count's scale word multiplies it
SCALE = {
    "triệu tỷ": 1e9,
    "nghìn tỷ": 1e6,
    "ngàn tỷ": 1e6,
    "tỷ": 1000.0,
    "triệu": 1.0,
    "nghìn": 0.001,
    "ngàn": 0.001,
    "": 1e-6,
}
COUNT_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6}

# what a count that looks like a year counts
COUNTED = (
    "công dân|người|hồ sơ|hộ|đơn|lượt|học sinh|thí sinh|cán bộ|công chức|viên chức|đảng viên|doanh nghiệp|việc|vụ"
    "|thủ tục|TTHC|dự án|trường hợp|lao động"
)
_PATTERNS = [
    ("skip", r"^(?:\d{1,2}|[IVX]+)\.(?=\s)"),
    ("skip", NOTE_MARK.pattern),
    ("skip", r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
    ("skip", r"(?i:\b0?[1-5]\s+sao\b)"),  # a rating, no count: "42 sản phẩm (đạt) 4 sao", "OCOP 3 sao"
    ("skip", r"(?i:\bmùng\s+\d{1,2}\b|\b\d{1,2}\s+Tết\b)"),  # a day of Tết: "mùng 3 Tết", "ngày 30 Tết"
    ("skip", r"\b[A-ZĐ]{1,3}\d+(?:-\d+)*\b"),  # a code, no count: "vị trí V1-2", "F0"
    ("skip", r"\b\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d\d\b"),
    ("skip", r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"),
    ("skip", r"(?i:\b(?:ngày|từ|đến|tới|sáng|chiều|tối|trưa|đêm|hôm|trước|sau)\s+\d{1,2}[/.-]\d{1,2}\b)"),
    ("skip", r"(?i:\b(?:tháng|quý)\s+[\dIVX]+(?:\s*,\s*[\dIVX]+)*(?:/\d{4})?)"),
    ("skip", r"\b[IVX]+/\d{4}\b"),
    ("skip", r"\b\d+(?:/\d{4})?/[A-ZĐ][\w&.-]*(?:/[\w&.-]+)*"),
    ("skip", r"\b\d+-[A-ZĐ][\w&.-]*(?:/[\w&.-]+)*"),
    ("skip", r"(?i:\b(?:thứ|hạng|vị trí|top)\s+\d+(?:\s*/\s*\d+)?)"),
    # a document named by its number alone: "theo Nghị định 178, Nghị định 67", "Quyết định 25"
    (
        "skip",
        r"(?i:\b(?:nghị\s+định|nghị\s+quyết|quyết\s+định|thông\s+tư|chỉ\s+thị|công\s+văn)\s+(?:số\s+)?\d+\b(?![.,]\d))",
    ),
    # "both", "all three": "thí sinh đăng ký cả 2 bài thi tổ hợp"
    ("skip", r"(?i:\bcả\s+[2-4](?![\d.,%])(?=\s+[^\W\d_]))"),
    # one of several: "Gia Lai là 1 trong 8 địa phương"
    ("skip", r"(?i:\b(?:1|một)\s+trong\s+(?:số\s+)?\d+\b(?![.,]\d))"),
    ("skip", r"(?i:\bxếp\s+\d+\s*/\s*\d+)"),
    # a name's number with no unit after it, "Cơ sở Cai nghiện ma túy số 1 (có trụ sở …) và … số 2 (…)"; not "tổng số 25, …"
    ("skip", r"(?i:(?<!tổng )\bsố\s+0?\d{1,2}\b(?![.,]\d)(?=\s*(?:[(),;.:=]|và\b|$)))"),
    # a week of the year: "trong tuần 43/2022"
    ("skip", r"(?i:\btuần\s+(?:thứ\s+)?\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?\b)"),
    # a school grade, "34 học sinh lớp 12", is no count (but "lớp 10 với 500 học viên" … is not a grade)
    ("skip", r"(?i:\b(?:lớp|khối)\s+(?:1[0-2]|0?[1-9])\b(?![.,]\d|\s*(?:[\d(]|học\s+viên|người|cán\s+bộ)))"),
    # an admission cut-off score, not a count: "điểm chuẩn (ĐC): 35,5", "Nguyện vọng 3: 176, ĐC: 35"
    ("skip", r"(?:(?i:điểm\s+chuẩn)(?:\s*\(ĐC\))?|\bĐC)\s*(?::|(?i:là))?\s*\d+(?:,\d+)?(?!\d|,\d)"),
    # "mức độ 3, 4": levels, not a number; not "ở mức 3,07 tỷ USD", "mức 5 triệu đồng"; levels go to 4 ("đạt chuẩn
    # mức độ 1 và 8 trường …" counts 8 schools)
    (
        "skip",
        r"(?i:\bmức(?:\s+độ)?\s+\d(?!\d)(?:\s*(?:,|và|-|–|/)\s*[1-4](?!\d))*(?![.,]?\d)(?![\d.,]*\s*%)"
        r"(?!\s*(?:t[ỷỉ]|triệu|nghìn|ngàn|đồng|USD)))",
    ),
    (
        "skip",
        r"(?i:\b(?:điều|khoản|(?<!thời )điểm|mẫu số|chương|phụ lục|lần|phiên bản|khu vực|tổng đài|kỳ họp|khóa|khoá|số điện thoại"
        r"|phường|quận|khu phố|khóm|ấp|tổ|xóm|tốp|top|(?<!nông )thôn|tiêu chí|nhóm|(?<!xếp )loại|lần thứ|giai đoạn|bước|mục|biểu mẫu|biểu|tầng|vòng|đợt|nguyện vọng)"
        r"\s+[\dIVX][\d.,]*)",
    ),
    # military units are named by a number: "Trung đoàn 36, Sư đoàn 308", "Lữ đoàn 101, Vùng 4 Hải quân", "Quân khu 5"
    (
        "skip",
        r"(?i:\b(?:quân\s+khu|quân\s+đoàn|binh\s+đoàn|sư\s+đoàn|lữ\s+đoàn|trung\s+đoàn|tiểu\s+đoàn|đại\s+đội|hải\s+đoàn"
        r"|vùng(?=\s+\d{1,2},?\s+(?:hải\s+quân|quân\s+chủng|cảnh\s+sát)))\s+\d{1,3}(?!\d|[.,]\d|\s*%))",
    ),
    ("skip", r"\b(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\b"),
    # a time, not counts: "thành tích 24 giây 80", "10 phút 29", "2 giờ 15 phút"
    ("skip", r"(?i:\b\d{1,2}\s*(?:giờ|phút|giây)\s*\d{1,2}\b(?![.,]\d)(?:\s*(?:phút|giây))?)"),
    # a range is not a count: "xã đạt từ 16 - 18 tiêu chí", "10-14 tiêu chí"
    ("skip", r"(?<![\d.,])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d.,%])(?=\s+[^\W\d_])"),
    # words with digits in them ("NQ68", "3G", "Covid-19", "SARS-CoV-2") are not numbers, but an area or a count
    # glued to its unit is: "49ha", "8,3ha", "80vụ/110 bị cáo", "41hộ/1021 hộ"
    (
        "skip",
        r"[^\W\d_]+-?\d[\w]*|(?i:covid\s*[-–]?\s*19)\b"
        r"|\b\d+(?!(?:ha|m2|m²|km2|hộ|vụ|việc|người|đơn|cuộc|lượt|khẩu)\b)[^\W\d_][\w]*",
    ),
    (
        "ratio",
        rf"(?P<rn>{NUM})(?P<ru1>\s*{MONEY_UNIT})?\s*/\s*(?P<rd>{NUM})(?P<ru2>\s*{MONEY_UNIT})?(?!\s*/)",
    ),
    # the unit written on both sides: "99 xã/150 xã", "1.650 việc/2.165 việc", "41hộ/1021 hộ"; not a count in two
    # measures, "866 lượt/964 lượt người"
    (
        "ratio",
        rf"(?P<rn2>{NUM})\s*(?P<rw>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*/\s*(?P<rd2>{NUM})"
        r"(?=\s*(?P=rw)\b(?!\s+(?:người|đoàn|công\s+dân)\b))",
    ),
    (
        "money2",
        rf"(?P<mt>{NUM})\s*t[ỷỉ]\s*(?P<mm>{NUM})\s*triệu(?:\s*(?P<mk>{NUM})\s*(?:nghìn|ngàn))?(?:\s*đồng)?",
    ),
    ("money", rf"(?P<mv>{NUM})\s*(?P<ms>{MONEY_SCALE})?\s*{DONG}"),
    ("money", rf"(?P<mv2>{NUM})\s*(?P<ms2>triệu\s+t[ỷỉ]|nghìn\s+t[ỷỉ]|ngàn\s+t[ỷỉ]|t[ỷỉ])(?!\s*lệ)\b"),
    ("percent", rf"(?P<pv>{NUM})\s*%"),
    # a span of ages or of time, "người từ 60 đến 79 tuổi", "trẻ từ 12 - dưới 18 tuổi"
    ("skip", rf"(?i:\b\d{{1,3}}\s*(?:đến|tới|-|–)\s*(?:dưới\s+)?{NUM}\s+{SPAN_OF_TIME}\b)"),
    ("skip", DURATION),  # "dưới 40 tuổi": an age
    # a news item's dateline, no ratio: "Hà Nội (TTXVN 6/11)"
    ("skip", r"\(\s*[A-ZĐ][A-ZĐa-z./]{1,15}\s+\d{1,2}/\d{1,2}\s*\)"),
    # a year, but not a count that looks like one: "số thanh niên điều khám lên trạm là 1974 công dân"
    ("skip", r"(?i:\b(?:năm|đến|từ|trong|cuối|đầu|sau|trước|hết)\s+(?:19|20)\d\d\b)"),
    ("skip", rf"\b(?:19|20)\d\d\b(?![.,]\d)(?!\s+(?:{COUNTED})\b)"),
    # thousands grouped by spaces, before the count's unit word: "1 748 vụ việc" (not a row of figures "5 120 118")
    ("count", rf"(?P<cv>{SPACED}|{NUM})(?:\s+(?P<cs>nghìn|ngàn|triệu)\b(?!\s*(?:đồng|tỷ)))?"),
]
SCANNER = re.compile("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(_PATTERNS)))
# whole words: "ngân sách nhà nước 373.156 triệu đồng" is exact ("nước" ends in "ước")
APPROX = re.compile(
    r"\b(?:gần|khoảng|hơn|trên|ước|ước tính|xấp xỉ|dưới|gần như|chưa\s+tới|chưa\s+đến)(?:\s+(?:đạt|là|tính|khoảng))?\s*$",
    re.IGNORECASE,
)
# "ước đạt 17.160 tỷ đồng": an estimate of a figure not yet final, but as exact as its written digits — the parts
# of an estimated total are estimated with it and add up to it
ESTIMATE = re.compile(r"\bước(?:\s+tính)?(?:\s+(?:đạt|là|tính))?\s*$", re.IGNORECASE)
ABOVE = re.compile(r"\b(?:hơn|trên)(?:\s+(?:đạt|là|tính|khoảng))?\s*$", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
UNIT_STOP = re.compile(r"[;,.()\[\]:!?\d%]")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    raw: str
    kind: str  # "count", "percent", "money" (triệu đồng), "ratio", "score"
    value: float
    decimals: int = 0
    numerator: float | None = None
    denominator: float | None = None
    money: bool = False
    approx: bool = False
    unit: str = ""
    tolerance: float = 0.0  # half the last written digit of a number given in ngàn, tỷ …: "4,52 ngàn" ± 5
    above: bool = False  # "trên 50%", "hơn 90%": a floor the writer rounded down to
    per: bool = False  # an amount per unit ("12,8 tiêu chí/xã", "34,09 triệu đồng/người/năm"): an average
    estimate: bool = False  # "ước đạt …": approximate in what it claims, exact in its arithmetic

    @property
    def slack(self) -> float:
        """How far the true value may be from ``value``: the rounding of a scaled number, widened for an
        approximate one ("gần 1.300": within one unit of its last non-zero digit, or 1 %), but never by more than a
        tenth of it ("khoảng trên 10.000 tỷ đồng" is not anything up to 20.000). An estimate is as exact as its
        digits."""
        if not self.approx or self.estimate:
            return self.tolerance
        magnitude = abs(self.value)
        place = 1.0
        while magnitude >= 10 and magnitude % (place * 10) == 0:
            place *= 10
        return max(self.tolerance, 0.01 * magnitude, min(place if place > 1 else 0.0, 0.1 * magnitude))

    @property
    def sides(self) -> tuple[float, float]:
        """An x/y ratio's numerator and denominator ("1.456/1.625")."""
        if self.numerator is None or self.denominator is None:
            raise ValueError(f"{self.raw!r} is not an x/y ratio")
        return self.numerator, self.denominator

    def words_after(self, text: str, n: int = 6) -> list[str]:
        tail = UNIT_STOP.split(text[self.end : self.end + 120], maxsplit=1)[0]

        return [w.lower() for w in WORD.findall(tail)][:n]


def _number(raw: str) -> tuple[float | None, int]:
    parsed = parse_number(raw, prefer="vi")
    return parsed.value, parsed.decimals


ENGLISH_GROUPS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")  # "1,485,486": only English thousands


def _sides(top: str, bottom: str) -> tuple[float | None, float | None]:
    """The two sides of an x/y, read alike: "823,380/1,485,486" is 823.380 of 1.485.486, not 823,38."""
    if ENGLISH_GROUPS.match(top.strip()) or ENGLISH_GROUPS.match(bottom.strip()):
        return (parse_number(top, prefer="en").value, parse_number(bottom, prefer="en").value)
    return _number(top)[0], _number(bottom)[0]


# a bare numerator over an amount with a scale word, this many times larger than it as written, is in đồng
IN_DONG_RATIO = 1e5


def _scale_key(scale: str | None) -> str:
    return " ".join((scale or "").split()).replace("tỉ", "tỷ")


def _money(value: float | None, scale: str | None) -> float | None:
    return None if value is None else value * SCALE[_scale_key(scale)]


def _unit_scale(unit: str | None) -> str:
    match = re.search(MONEY_SCALE, unit or "")
    return _scale_key(match.group(0)) if match else ""


def scale_factor(scale: str) -> float:
    """What one of ``scale`` ("tỷ", "nghìn tỉ" …) is in triệu đồng, the unit amounts are read in."""
    return SCALE[_scale_key(scale)]


def _scaled(start, end, raw, kind, digits, factor, approx) -> list[Quantity]:
    """A count or an amount written with a scale word; it is as precise as its last digit times the scale."""
    value, decimals = _number(digits)
    if value is None:
        return []
    scaled = factor > 1
    return [
        Quantity(
            start,
            end,
            raw,
            kind,
            value * factor,
            decimals if kind == "money" or not scaled else 0,
            money=kind == "money",
            approx=approx,
            tolerance=0.5 * 10.0**-decimals * factor if scaled else 0.0,
        )
    ]


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, left to right (a fresh list each call; the scan is cached)."""
    return list(_scan(text))


@functools.lru_cache(maxsize=16384)  # every paragraph of a long report, read by several passes
def _scan(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for match in SCANNER.finditer(text):
        kind = next(_PATTERNS[i][0] for i in range(len(_PATTERNS)) if match.group(f"g{i}") is not None)
        if kind == "skip":
            continue
        start, end, raw = match.start(), match.end(), match.group(0)
        cue = APPROX.search(text[max(0, start - 15) : start])
        approx, estimate = bool(cue), bool(cue and ESTIMATE.fullmatch(cue.group(0)))
        found = len(out)
        if kind == "ratio":
            top, bottom = match.group("rn") or match.group("rn2"), match.group("rd") or match.group("rd2")
            num, den = _sides(top, bottom)
            money = bool(match.group("ru1") or match.group("ru2"))
            if money:
                top_scale = _unit_scale(match.group("ru1") or match.group("ru2"))
                if not match.group("ru1") and num is not None and den and num / den > IN_DONG_RATIO:
                    top_scale = ""  # "14.714.669.968/9,5 tỷ đồng": the bare figure is in đồng, not in tỷ
                num = _money(num, top_scale)
                den = _money(den, _unit_scale(match.group("ru2") or match.group("ru1")))
            if num is None or den is None:
                continue
            after = text[end : end + 8].lower()
            qkind = "score" if after.strip().startswith("điểm") else "ratio"
            value = num / den * 100 if den else float("nan")
            out.append(Quantity(start, end, raw, qkind, value, 0, num, den, money, approx))
        elif kind == "money2":
            big, _ = _number(match.group("mt"))
            small, decimals = _number(match.group("mm"))
            if big is None or small is None:
                continue
            # "470 tỷ 581 triệu 046 nghìn đồng" (in triệu đồng, as every amount)
            thousands, _ = _number(match.group("mk")) if match.group("mk") else (0.0, 0)
            value = big * 1000 + small + (thousands or 0.0) / 1000
            decimals = 3 if match.group("mk") else decimals
            out.append(Quantity(start, end, raw, "money", value, decimals, money=True, approx=approx))
        elif kind == "money":
            scale = _scale_key(match.group("ms") or match.group("ms2"))
            digits = match.group("mv") or match.group("mv2")
            out += _scaled(start, end, raw, "money", digits, SCALE[scale], approx)
        elif kind == "percent":
            rate, decimals = _number(match.group("pv"))
            if rate is not None:
                above = bool(ABOVE.search(text[max(0, start - 15) : start]))
                out.append(Quantity(start, end, raw, "percent", rate, decimals, approx=approx, above=above))
        else:
            factor = COUNT_SCALE.get(match.group("cs") or "", 1.0)
            digits = re.sub(r"[ \u00a0\u202f]", "", match.group("cv"))
            out += _scaled(start, end, raw, "count", digits, factor, approx)
        if estimate:
            out[found:] = [replace(q, estimate=True) for q in out[found:]]
    english = bool(ENGLISH_TEXT.search(text)) or (
        bool(DOT_DECIMAL_PERCENT.search(text)) and not COMMA_DECIMAL_PERCENT.search(text)
    )
    # "823,380 giao dịch trên tổng số 1,485,486 giao dịch", "là 407,308 (chiếm 74.65%)": a text that groups
    # thousands with commas, or writes its percents' decimals after a point, does so for every figure; in a text of
    # both styles, a figure with its share so written: "nguyện vọng 3 là : 257,737 (71.07%)"
    out = [
        replace(q, value=float(q.raw.replace(",", "")), decimals=0)
        if AMBIGUOUS.fullmatch(q.raw)
        and (english or _share_in_english(text, q, out[i + 1] if i + 1 < len(out) else None))
        else q
        for i, q in enumerate(out)
    ]
    placed = [
        replace(q, unit=" ".join(q.words_after(text)), per=q.kind != "ratio" and bool(PER.match(text, q.end)))
        for q in out
    ]
    return tuple(_shared_scales(text, placed))


RANGE_FROM = re.compile(r"\btừ\s*(?:mức\s*)?$", re.IGNORECASE)
RANGE_TO = re.compile(r"\s*(?:đến|tới|lên(?:\s+mức)?|xuống(?:\s+còn)?|còn|-|–)\s*", re.IGNORECASE)
LEADING_DIGITS = re.compile(r"\d[\d.,]*")


def _shared_scales(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The first figure of a range or a change takes the second's scale and unit: "từ 20,84 đến 27,43 triệu tấn" is
    20,84 triệu tấn, "từ 5,2 lên 6,1 nghìn tỷ đồng" 5,2 nghìn tỷ đồng."""
    out = list(qs)
    for i, (first, second) in enumerate(zip(qs, qs[1:])):
        scaled = second.kind == "money" or (second.kind == "count" and second.tolerance > 0)
        plain = first.kind == "count" and not first.tolerance and LEADING_DIGITS.fullmatch(first.raw)
        if not (scaled and plain and RANGE_TO.fullmatch(text, first.end, second.start)):
            continue
        if not RANGE_FROM.search(text[max(0, first.start - 12) : first.start]):
            continue
        digits, _ = _number(LEADING_DIGITS.match(second.raw).group(0))  # type: ignore[union-attr]
        if not digits or first.value >= 1000:
            continue  # "từ 736.095 đến 1,12 triệu tấn": a figure written in full has its own scale
        shared = _scaled(
            first.start, first.end, first.raw, second.kind, first.raw, second.value / digits, first.approx
        )
        out[i] = replace(shared[0], unit=second.unit) if shared else first
    return out


ENGLISH_TEXT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])")
AMBIGUOUS = re.compile(r"\d{1,3},\d{3}")
DOT_DECIMAL_PERCENT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s*%")
COMMA_DECIMAL_PERCENT = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s*%")
SHARE_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,3}\(\s*(?:chiếm\s*(?:tỷ\s*lệ\s*|tỉ\s*lệ\s*)?)?", re.IGNORECASE
)


def _share_in_english(text: str, q: Quantity, share: Quantity | None) -> bool:
    """``q`` is followed by its ``share`` with a decimal point: "257,737 (71.07%)", "407,308 thí sinh (chiếm 74.65%)"."""
    return (
        share is not None
        and share.kind == "percent"
        and bool(SHARE_AFTER.fullmatch(text, q.end, share.start))
        and bool(DOT_DECIMAL_PERCENT.fullmatch(share.raw))
    )


# "tiêu chí/xã", "triệu đồng/người/năm", "hồ sơ/ngày": per unit of time, people, place or area ("đơn/yêu cầu" is
# either; "đơn/tổng số đơn" a ratio)
PER = re.compile(
    r"\s*(?:[^\W\d]+\s*){0,2}/\s*(?:ngày|tháng|năm|quý|tuần|giờ|người|xã|hộ|khẩu|km2|km²|ha|doanh\s+nghiệp"
    r"|lao\s+động|học\s+sinh|đơn\s+vị)\b",
    re.IGNORECASE,
)


def without_durations(words: str) -> str:
    """Words between two figures with the ages and spans of time in them, which are no figures of the report,
    written without their digits: "84 người dưới 40 tuổi (33,9%)" has nothing but words between its count and
    its percent.

    >>> without_durations(" người dưới 40 tuổi (")
    ' người dưới tuổi ('
    """
    return re.sub(DURATION, lambda m: m.group(0).lstrip("0123456789.,").lstrip(), words)
