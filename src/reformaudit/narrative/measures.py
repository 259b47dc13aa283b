"""What a count counts: the word it is a count of ("hồ sơ", "đơn", "người"), and which of those are alike — people of
a kind are people, areas and weights measure things rather than count them."""

from __future__ import annotations

from .quantities import Quantity


def unit_word(q: Quantity) -> str:
    """The first word after a figure: "hồ" of "1.200 hồ sơ", "ha" of "503,10 ha"."""
    return q.unit.split(" ")[0] if q.unit else ""


# what a count counts, when it is a measure rather than a category: "lượt" and "người" of one reception,
# "đơn" and "vụ" of one complaint, "dự án" and "tỷ đồng" of one plan are not parts of each other
MEASURES = {
    "người",
    "lượt",
    "đoàn",
    "đơn",
    "vụ",
    "việc",
    "hồ",
    "thủ",
    "tthc",
    "dự",
    "công",
    "văn",
    "phiếu",
    "cuộc",
    "lớp",
    "hộ",
    "khẩu",
    "nhân",
}


# units of area, length and weight: what things measure, never a count of them
AREAS = {"ha", "km", "m2", "m²", "km2", "km²", "m3", "m³", "tấn", "kg"}
PHYSICAL = AREAS | {"m", "tạ"}


PEOPLE = {
    "người",
    "đồng",  # đồng chí, đồng bào
    "cán",
    "công",
    "viên",
    "lao",
    "đảng",
    "cbcc",
    "cbccvc",
    "giáo",
    "bác",
    "học",
    "nhân",
    "khẩu",
    "đại",  # đại biểu
    "cử",  # cử tri
    "thí",  # thí sinh
    "ứng",  # ứng cử viên
    "vị",  # "374 vị" ủy viên, đại biểu
    "nam",
    "nữ",
}


def counts_alike(whole_key: str, part_key: str) -> bool:
    """What the whole counts includes what the part counts: the same word, or "người" ("đồng chí") of staff or
    people."""
    return (
        whole_key in (part_key, "")
        or bool(GENERIC_PEOPLE & {whole_key, part_key} or part_key in SEXES)
        and {whole_key, part_key} <= PEOPLE
        or "em" in {whole_key, part_key}
        and {whole_key, part_key} <= PUPILS
    )


# thủ tục (hành chính) and the dịch vụ công (trực tuyến) each is offered as: "906 thủ tục. Trong đó: 469 dịch vụ
# công trực tuyến mức độ 1; …"
PROCEDURES = {"thủ", "dịch"}


PUPILS = {"học", "thí", "em"}  # "em" is how reports count học sinh and thí sinh: "6.750 thí sinh … 3.700 em"
GENERIC_PEOPLE = {"người", "đồng"}  # người, đồng chí, đồng bào: any kind of people
SEXES = {"nam", "nữ"}  # "89.913 nhân khẩu, trong đó có 44.972 nam, 45.121 nữ": of any people


# abbreviations reports define in brackets, by the first word of what they stand for
ABBREVIATIONS = {
    "tthc": "thủ",
    "dvc": "dịch",
    "dvctt": "dịch",
    "dvcttt": "dịch",
    "đkkd": "điều",
    "hs": "hồ",
    "đvsn": "đơn",
    "đvsncl": "đơn",
}


def measure_key(q: Quantity) -> str:
    """What a count counts, in a word or two: "lượt" and "lượt người" are different measures; "TTHC" is
    "thủ tục hành chính".

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> measure_key(find_quantities("có 3 TTHC mới")[0]) == measure_key(find_quantities("có 3 thủ tục")[0])
    True
    """
    words = (
        [ABBREVIATIONS.get(w.lower().strip(",;:.()"), w) for w in q.unit.split(" ") if w] if q.unit else []
    )
    while words and words[0] in ("là", "có", "được"):
        words = words[1:]
    if not words:
        return ""
    if words[0] == "nhân" and len(words) > 1 and words[1] == "khẩu":
        return "khẩu"  # "3279 nhân khẩu" and "151 khẩu" count the same people
    return (
        " ".join(words[:2])
        if words[0] == "lượt" and len(words) > 1 and words[1] in ("người", "đoàn")
        else words[0]
    )
