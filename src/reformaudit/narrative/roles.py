"""What a number in running text stands for: its role, read from the words of its own clause.

A dossier count (hồ sơ) has a *state* in the one-stop-shop flow — received, carried over, new, by channel,
done (early, on time, late), in progress, cancelled or returned, due — and a *level* (province, district,
commune). The words are those real reports use across provinces; each family of words is listed once here
and used by the flow model (:mod:`reformaudit.narrative.flow`), the tables (which also take the words of a
plan, ``PLAN``, for the denominator of a disbursement rate) and the narrative-to-forms mapping.

>>> from reformaudit.narrative.quantities import find_quantities
>>> text = "Tiếp nhận 56.039 hồ sơ. Trong đó, có 12.516 trực tuyến; 4.910 từ kỳ trước chuyển sang; 6.539 đang giải quyết"
>>> [dossier_state(text, q, qs) for qs in [find_quantities(text)] for q in qs]
['received', 'online', 'carried', 'pending']
"""

from __future__ import annotations

import re

from .quantities import Quantity, find_quantities

# most specific first: "trước hạn và đúng hạn" before "đúng hạn", "tiếp nhận mới" before "tiếp nhận"
STATES: list[tuple[str, re.Pattern]] = [
    (
        "total",
        re.compile(
            r"lũy\s+kế|luỹ\s+kế|đã\s+và\s+đang|yêu\s+cầu\s+giải\s+quyết|cần\s+(?:giải\s+quyết|xử\s+lý)"
        ),
    ),
    (
        "early_ontime",
        re.compile(
            r"trước\s+(?:hạn\s+)?và\s+đúng\s+hạn|đúng\s+(?:hạn\s+)?và\s+trước\s+hạn|đúng\s+hạn,\s*trước\s+hạn"
            r"|trước\s+hạn,\s*đúng\s+hạn|trước,\s*đúng\s+hạn|đúng,\s*trước\s+hạn"
        ),
    ),
    (
        "late",
        re.compile(r"(?:trễ|quá)\s+(?:thời\s+)?h[ạẹ]n|chậm\s+(?:hạn|trả|giải quyết)|trễ\s+hẹn|chậm\s+trễ"),
    ),
    ("early", re.compile(r"trước\s+(?:thời\s+)?h[ạẹ]n|sớm\s+(?:so\s+với\s+)?(?:thời\s+)?h[ạẹ]n")),
    ("ontime", re.compile(r"đúng\s+(?:thời\s+)?h[ạẹ]n|trong\s+hạn(?!\s+giải quyết)")),
    (
        "pending",
        re.compile(
            r"đang\s+(?:được\s+)?(?:giải\s+quyết|xử\s+lý|thụ\s+lý)|chưa\s+(?:đến\s+hạn|giải\s+quyết|xử\s+lý)"
        ),
    ),
    (
        "cancelled",
        re.compile(
            r"\bh[ủu]y\b|\bhuỷ\b|\brút\b|trả\s+lại|từ\s+chối|dừng\s+(?:giải quyết|xử lý)|không\s+đủ\s+điều\s+kiện"
        ),
    ),
    ("carried", re.compile(r"kỳ\s+trước|chuyển\s+(?:sang|qua)|\btồn\b|tồn\s+đọng")),
    ("direct_postal", re.compile(r"trực\s+tiếp\s+(?:và|,|hoặc)\s+(?:qua\s+)?(?:dịch\s+vụ\s+)?bưu\s+chính")),
    (
        "online",
        re.compile(r"trực\s+tuyến|qua\s+mạng|môi\s+trường\s+điện\s+tử|dịch\s+vụ\s+công\s+trực\s+tuyến"),
    ),
    ("direct", re.compile(r"trực\s+tiếp")),
    ("postal", re.compile(r"bưu\s+chính|bưu\s+điện")),
    ("new", re.compile(r"tiếp\s+nhận\s+mới|mới\s+tiếp\s+nhận|nhận\s+mới|phát\s+sinh\s+mới|\bmới\b")),
    ("due", re.compile(r"đến\s+hạn(?:\s+giải\s+quyết)?")),
    (
        "done",
        re.compile(
            r"đã\s+(?:được\s+)?(?:giải\s+quyết|xử\s+lý|trả\s+kết\s+quả|có\s+kết\s+quả)|giải\s+quyết\s+xong"
            r"|hoàn\s+thành|đã\s+trả|trả\s+kết\s+quả|được\s+giải\s+quyết"
        ),
    ),
    (
        "total",
        re.compile(
            # after "done": "tổng số hồ sơ đã giải quyết" is done; lũy kế, cần giải quyết … are caught first
            r"tổng\s+số|phải\s+(?:giải\s+quyết|xử\s+lý)|tổng\s+cộng"
        ),
    ),
    ("done", re.compile(r"\bgiải\s+quyết\b|\bxử\s+lý\b")),
    ("received", re.compile(r"tiếp\s+nhận|nhận\s+được|\bnhận\b|\bnộp\b")),
]
STATE_NAMES = tuple(dict.fromkeys(state for state, _ in STATES))
FAMILY = {
    "carried": "origin",
    "new": "origin",
    "online": "channel",
    "direct": "channel",
    "postal": "channel",
    "direct_postal": "channel",
    "done": "outcome",
    "pending": "outcome",
    "cancelled": "outcome",
    "early": "timeliness",
    "ontime": "timeliness",
    "early_ontime": "timeliness",
    "late": "timeliness",
}
DOSSIER = re.compile(r"\bhồ\s+sơ\b|\bHS\b|\bhồ\s+sơ\s+TTHC\b")
OTHER_MEASURE = re.compile(
    r"^(?:thủ\s+tục|TTHC|dịch\s+vụ|DVC|cơ\s+quan|đơn\s+vị|người|lượt|văn\s+bản|phản\s+ánh|kiến\s+nghị|cuộc|tin|bài"
    r"|chứng\s+thư|tài\s+khoản|phiếu|doanh\s+nghiệp|xã|huyện|sở|ngành|điểm|lớp|nhiệm\s+vụ|trường\s+hợp|biên\s+chế"
    r"|công\s+chức|viên\s+chức|dự\s+án|công\s+trình|mô\s+hình|sáng\s+kiến|giấy|ĐVSN|đồng|thủ\s+tục)",
    re.IGNORECASE,
)
DIGITISED = re.compile(r"\bsố\s+h(?:óa|oá)\b", re.IGNORECASE)
LEVELS = [
    (
        "province",
        re.compile(
            r"cấp\s+tỉnh|cấp\s+sở|các\s+sở|sở,\s*ngành|trung\s+tâm\s+(?:phục\s+vụ\s+)?hành\s+chính\s+công\s+tỉnh",
            re.I,
        ),
    ),
    ("district", re.compile(r"cấp\s+huyện|UBND\s+(?:các\s+)?huyện|huyện,\s*thị\s+xã", re.I)),
    ("commune", re.compile(r"cấp\s+xã|UBND\s+(?:các\s+)?xã|xã,\s*phường", re.I)),
]
LEVEL_NAMES = tuple(level for level, _ in LEVELS)
SHORTER_PERIOD = re.compile(r"trong\s+tháng|tháng\s+\d|\btuần\b|từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}", re.I)


def dossier_roles(text: str) -> dict[tuple[int, int], tuple[str, str | None]]:
    """(state, level) of every dossier count of a paragraph, by its span: the level is the one its frame
    opens with ("+ Cấp huyện: Tiếp nhận …"), else the paragraph's. Figures of a shorter period than the
    report's ("trong tháng 5", "từ 15/3 đến 15/4") are left out."""
    from .flow import scopes

    if not is_dossier_text(text):
        return {}
    out = {}
    everything = find_quantities(text)
    for start, end in scopes(text):
        frame = text[start:end]
        if SHORTER_PERIOD.search(frame):
            continue
        level = level_of(frame[:80]) or level_of(text[:80])
        local = [q for q in everything if start <= q.start < end]
        for q in local:
            state = dossier_state(text, q, local)
            if state:
                out[(q.start, q.end)] = (state, level)
    return out


PLAN = re.compile(r"kế\s+hoạch|dự\s+toán|được\s+giao|đã\s+giao|giao\s+vốn|vốn\s+giao|tổng\s+vốn", re.I)
CLAUSE_STOP = re.compile(r"[;:()\[\]]|,\s|\.\s|\n|\s[-–+]\s|\bcòn\b|\bvới\b")
SENTENCE_STOP = re.compile(r"[;.!?]\s|[;\n]")


def clause_bounds(text: str, q: Quantity, quantities: list[Quantity]) -> tuple[int, int]:
    """The words that belong to ``q``: from the previous stop (or quantity) to the next stop (or quantity)."""
    left = max(0, q.start - 300)  # a clause is never longer; looking further makes long texts quadratic
    for match in CLAUSE_STOP.finditer(text, left, q.start):
        left = match.end()
    for other in quantities:
        if other.end <= q.start and other.kind != "percent":
            left = max(left, other.end)
    stop = CLAUSE_STOP.search(text, q.end)
    right = stop.start() if stop else len(text)
    for other in quantities:
        if other.start >= q.end and other.kind != "percent":
            right = min(right, other.start)
            break
    return left, right


def nearest_name(patterns, words: str, preferred: str | None = None) -> str | None:
    """The name, of (name, pattern) pairs, whose words end last in ``words``: the one nearest the number that
    follows them; on a tie, ``preferred`` ("đã thu hồi được" is collected, though "thu hồi" ends there too)."""
    found = [(m.end(), name == preferred, name) for name, p in patterns for m in p.finditer(words)]
    return max(found)[2] if found else None


def first_state(words: str) -> str | None:
    for state, pattern in STATES:
        if pattern.search(words):
            return state
    return None


def _state_just_before(before: str) -> str | None:
    """The state whose words end right before the number ("đang giải quyết 3.098", "tiếp nhận mới 4.131")."""
    best: tuple[int, int, str] | None = None
    for rank, (state, pattern) in enumerate(STATES):
        for match in pattern.finditer(before):
            gap = before[match.end() :]
            if (
                len(gap.strip(" :")) <= 10
                and not re.search(r"\bvà\b|,|\bhoặc\b", gap)
                and (best is None or (match.end(), -rank) > best[:2])
            ):
                best = (match.end(), -rank, state)
    return best[2] if best else None


# the words after a count that can say its state: "2.855 hồ sơ trực tuyến", not a reason given later on
AFTER_WORDS = 8
LABEL = re.compile(r"([^.;:\d]{2,60}):\s*$")
AVERAGE = re.compile(r"trung\s+bình|bình\s+quân|\bmỗi\b", re.I)
STATEMENT_STOP = re.compile(r"[.;:]")
BASE_PHRASE = re.compile(r"\b(?:so\s+với|trên\s+tổng|trên\s+số)\b")


DESCRIBED = re.compile(r"\s*(.{4,80}?),?\s*\b(?:bao\s+)?gồm\b", re.S)


def _statement_before(text: str, q: Quantity, quantities: list[Quantity]) -> str:
    """The words before ``q`` back to the last full stop, semicolon or number, across commas: "số hồ sơ sử dụng
    dịch vụ công trực tuyến mức độ 3, mức độ 4 là 2.150"."""
    window = max(0, q.start - 300)
    stops = [window + m.end() for m in STATEMENT_STOP.finditer(text[window : q.start])]
    left = max(
        [window, *stops[-1:], *(o.end for o in quantities if o.end <= q.start and o.kind != "percent")]
    )
    return text[left : q.start].lower()


def dossier_state(text: str, q: Quantity, quantities: list[Quantity]) -> str | None:
    """The state of a dossier count, from the words of its clause; None when it counts something else.

    The verb right before the number decides ("đang giải quyết 3.098 hồ sơ trong hạn" is in progress), but
    a channel or origin after "tiếp nhận" says which intake it is ("tiếp nhận 2.855 hồ sơ trực tuyến")."""
    if q.kind != "count" and q.kind != "ratio":
        return None
    left, right = clause_bounds(text, q, quantities)
    after = text[q.end : right]
    aside = re.match(r"\s*\(([^()\d]{0,60})\)", text[right:]) if text[right : right + 1] == "(" else None
    if aside:
        after += " " + aside.group(1)
    if (
        OTHER_MEASURE.match(after.strip())
        or DIGITISED.search(after)
        or AVERAGE.search(_statement_before(text, q, quantities))
    ):
        # another measure ("384/392 hồ sơ đầu vào được số hóa" counts the dossiers digitised, of every channel), or
        # an average ("Trung bình 01 ngày, … tiếp nhận khoảng 230 hồ sơ")
        return None
    before = text[left : q.start].lower()
    statement = _statement_before(text, q, quantities)
    described = DESCRIBED.match(statement)
    if described and re.search(r"\blà\s*:?\s*$", before) and first_state(described.group(1)):
        # "Tổng số hồ sơ yêu cầu giải quyết TTHC trong kỳ, gồm hồ sơ … theo dịch vụ công trực tuyến là 260.752":
        # what follows "gồm" describes the subject of "là", whose own words say the state
        return first_state(described.group(1))
    after_state = first_state(" ".join(after.lower().split()[:AFTER_WORDS]))
    verb = _state_just_before(before)
    if (
        verb in ("received", "total")
        and after_state is not None
        and FAMILY.get(after_state) in ("channel", "origin")
    ):
        return after_state
    label = LABEL.search(text, max(0, q.start - 80), q.start)  # "+ Trực tuyến: 5.000 hồ sơ"
    state = (
        verb
        or after_state
        or first_state(before)
        or (first_state(label.group(1).lower()) if label else None)
        or first_state(_statement_before(text, q, quantities))
    )
    if state is None:
        end = SENTENCE_STOP.search(text, right)
        later = [o.start for o in quantities if o.start >= right and o.kind != "percent"]
        limit = min([end.start() if end else len(text), *later])
        # "…, đạt 42,80% so với tổng số hồ sơ nhận mới": the words of a denominator do not name this count
        state = first_state(BASE_PHRASE.split(text[right:limit].lower())[0])
    return state


def is_dossier_text(text: str) -> bool:
    return bool(DOSSIER.search(text))


def level_of(text: str) -> str | None:
    found = [(m.start(), level) for level, pattern in LEVELS for m in [pattern.search(text)] if m]
    return min(found)[1] if found else None
