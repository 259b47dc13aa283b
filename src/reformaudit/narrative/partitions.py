"""Whether parts are the whole's complete breakdown: words that split a whole (levels, states, kinds of letters),
one part and its denial ("có điều kiện" / "chưa có điều kiện"), each part at its own administrative level."""

from __future__ import annotations

import re

from .quantities import Quantity

PARTITION_WORDS = re.compile(
    r"cấp tỉnh|cấp huyện|cấp xã|đúng hạn|quá hạn|trễ hạn|trong hạn|đã |đang |chưa |trong nước|ngoài nước|nước ngoài"
    r"|trung ương|địa phương|khiếu nại|tố cáo|kiến nghị|phản ánh|chuyển sang|chuyển qua|\bcũ\b"
    r"|(?:thụ lý|khởi tố|tiếp nhận|nhận|phát sinh) mới|mới (?:thụ lý|phát sinh|tiếp nhận)"
    r"|thanh tra hành chính|chuyên ngành"
    r"|chuyển tiếp|khởi công mới"  # projects: carried over from earlier years, or started this year
    r"|rừng tự nhiên|rừng trồng"  # the forest area: natural and planted
    r"|rừng đặc dụng|rừng phòng hộ|rừng sản xuất"  # and by purpose, the three the forestry law knows
    r"|\btổ chức\b|\bcá nhân\b"  # the two kinds of subject sanctioned or served
    r"|nội địa|dầu thô|xuất(?:,)? nhập khẩu"  # budget revenue by source
    r"|quốc tế"  # passengers, visitors, flights: quốc tế and nội địa
    # the yearly grades of officials: xuất sắc, tốt, hoàn thành (còn hạn chế), không hoàn thành nhiệm vụ
    r"|hoàn thành xuất sắc|hoàn thành tốt|hoàn thành nhiệm vụ|không hoàn thành"
    r"|(?:nhóm|loại|xếp loại)\s+(?:xuất sắc|tốt|khá|trung bình|yếu|kém)",  # grades
    re.IGNORECASE,
)


SUBJECTS = re.compile(r"\btổ\s+chức\b|\bcá\s+nhân\b", re.IGNORECASE)
SUBJECTS_TOGETHER = re.compile(r"\btổ\s+chức\s*(?:,|và|hoặc)\s*cá\s+nhân\b", re.IGNORECASE)
LETTER_KINDS = {"khiếu nại", "tố cáo", "kiến nghị", "phản ánh"}
FOREST_PURPOSES = {"rừng đặc dụng", "rừng phòng hộ", "rừng sản xuất"}
# partitions whose parts must all be named: "484 đơn, trong đó 255 đơn khiếu nại, 37 đơn tố cáo" leaves kiến nghị,
# phản ánh out; "171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ" leaves the production forest out
WHOLE_SETS = (LETTER_KINDS, FOREST_PURPOSES)


# "475 đơn vị chưa mở tài khoản tại kho bạc (chiếm 0,85%)": the count's words, then its share in brackets
BRACKETED_SHARE = re.compile(r"\s*(?:[^\W\d][^\d,;()]{0,60}?)?\(\s*(?:chiếm|tỷ\s+lệ|tỉ\s+lệ)", re.IGNORECASE)


def words_of(text: str, q: Quantity, qs: list[Quantity], start: int) -> str:
    """The words that describe a part: from the quantity before it (or ``start``) to its own unit; words before
    the last comma or semicolon in between describe the part before ("20 vụ việc đã giải quyết, 3 vụ việc …")."""
    left = max([start, *(o.end for o in qs if o.end <= q.start)])
    lead = text[left : q.start] if left == start else re.split(r"[,;]", text[left : q.start])[-1]
    return lead + " " + q.unit + " "


PART_LEVELS = [
    ("commune", re.compile(r"cấp\s+xã|(?<!thị\s)\bxã\b|phường|thị\s+trấn", re.I)),
    ("district", re.compile(r"cấp\s+huyện|\bhuyện\b|thị\s+xã|thành\s+phố", re.I)),
    ("province", re.compile(r"cấp\s+tỉnh|\btỉnh\b|cấp\s+sở|\bsở\b", re.I)),
]


# "hàng hóa khác 69,96", "thành phần khác là 163 người": the last part is all the rest
REST_OF_IT = re.compile(
    r"\b(?:khác|còn\s+lại)\s*$|\b(?:khác|còn\s+lại)\s+(?:là\s+|có\s+)?\S*\s*$", re.IGNORECASE
)
DENIAL = re.compile(r"\b(?:chưa|không)\s+(?:có\s+|được\s+)?((?:\w+\s+){1,2})", re.IGNORECASE)
FILLER = re.compile(r"^(?:\s|có\b|đã\b|được\b|là\b|số\b|[,:;])+", re.IGNORECASE)


def said_and_denied(words: list[str]) -> bool:
    """Two parts, one the other's words denied: "có điều kiện thi hành 32 việc … chưa có điều kiện thi hành 54
    việc", "đạt chuẩn … không đạt chuẩn", "thuộc thẩm quyền … không thuộc thẩm quyền" leave nothing out."""
    if len(words) != 2:
        return False
    # "4.119 trường hợp không huy động lực lượng và 3.506 trường hợp có huy động lực lượng": the second part's words
    # begin after the "và" that joins it to the first
    words = [words[0], re.split(r"\bvà\b", words[1])[-1]]
    for said, other in (words, reversed(words)):
        denied = DENIAL.search(other)
        core = " ".join(denied.group(1).lower().split()) if denied else ""
        if core and not DENIAL.search(said) and core in " ".join(FILLER.sub("", said).lower().split()):
            return True
    return False


def denies_whole(text: str, whole: Quantity, part: Quantity) -> bool:
    """The part's words deny what the whole is: "790 trường đạt chuẩn quốc gia. Trong đó, 691 …, 99 … và hiện chỉ
    còn 59 trường chưa được công nhận đạt chuẩn quốc gia" — the 59 are not among the 790."""
    state = whole.unit.lower().split()[1:3]
    if len(state) < 2:
        return False
    clause = re.split(r"[,;.]\s", text[part.end : part.end + 80])[0].lower()
    return bool(
        re.search(r"\b(?:chưa|không)\s+(?:(?:được|có|công\s+nhận)\s+)*" + re.escape(" ".join(state)), clause)
    )


def _more_listed(text: str, last: Quantity) -> bool:
    """Another item after ``last`` in its sentence: "… số chưa có điều kiện là 5.255 việc (chiếm 27,92%), số hoãn
    và tạm đình chỉ chiếm 0,83%" names a third category."""
    rest = re.split(r"\.(?!\d)", text[last.end :], maxsplit=1)[0]
    rest = re.sub(r"\([^()]*\)", "", rest)
    # "… và 3.506 trường hợp cưỡng chế có huy động lực lượng, trong đó có 687 …": parts of the last item, not another
    rest = re.split(r"[,;]\s*trong\s+đó\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    return bool(re.search(r"[,;][^,;]*\w+[^,;]*\d", rest))


def _shares_fall_short(text: str, parts: list[Quantity], qs: list[Quantity]) -> bool:
    """Each part with its share in brackets, the shares well short of 100 %: "(chiếm 52,8%) … (chiếm 43,71%)"
    leaves 3,49 % to a category not named."""
    shares = []
    for part in parts:
        share = next((q for q in qs if q.kind == "percent" and 0 <= q.start - part.end <= 30), None)
        if share is None or not BRACKETED_SHARE.match(text, part.end):
            return False
        shares.append(share.value)
    return sum(shares) < 99


# "có 8 dân tộc anh em sinh sống", "với 16 dân tộc", "gồm 05 dân tộc": how many parts the list will have
ANNOUNCED = re.compile(r"\b(?:có|gồm|với|bao\s+gồm)\s+(\d{1,2})\s+[^\W\d]", re.IGNORECASE)
ANNOUNCE_REACH = 300


def announced(text: str, count: int, start: int) -> bool:
    """The text before a list says how many parts it has, and it has that many: "… 2.572 hộ; có 8 dân tộc anh em
    sinh sống. Trong đó: + Dân tộc Kinh: 1822 hộ …" with eight items."""
    found = list(ANNOUNCED.finditer(text, max(0, start - ANNOUNCE_REACH), start))
    return count >= 2 and bool(found) and int(found[-1].group(1)) == count


def announces(text: str, q: Quantity, count: int) -> bool:
    """``q`` says how many parts a list has ("với 16 dân tộc"): it is not their whole."""
    return q.value == count and any(
        m.start(1) == q.start for m in ANNOUNCED.finditer(text, max(0, q.start - 12), q.end + 2)
    )


def _split_by_words(words: list[str], named: str, tail: str = "") -> bool:
    """Every part names a category of a partition other than what the whole is named ("2.224 kiến nghị …, trong
    đó, có 51 kiến nghị liên quan đến … Quốc hội; 2.127 kiến nghị …": "kiến nghị" is what they all count)."""
    own = {m.group(0).lower() for m in PARTITION_WORDS.finditer(named)}
    named_by = [{m.group(0).lower() for m in PARTITION_WORDS.finditer(w)} - own for w in words]
    if not words or not all(named_by):
        return False
    kinds = set().union(*named_by)
    named_in_tail = {m.group(0).lower() for m in PARTITION_WORDS.finditer(tail)}
    return all(not kinds <= whole or kinds | (named_in_tail & whole) == whole for whole in WHOLE_SETS)


# "khối đảng là 6 đại biểu, khối chính quyền 6 đại biểu, …": the blocks a body's seats, members or units are
# allotted to, each in one (not "khối lượng", an amount)
BLOCK = re.compile(
    r"^[\s,;:]*(?:(?:và|trong\s+đó|cụ\s+thể)\b[\s,:]*)?khối\s+(?!lượng\b)[^\W\d]", re.IGNORECASE
)


def is_partition(text: str, parts: list[Quantity], qs: list[Quantity], start: int, named: str = "") -> bool:
    """The parts are a known partition: words that split a whole (levels, states, kinds of letters), or
    each at its own administrative level. ``named``: the whole's own words; a category they name that no
    part names ("190 đơn kiến nghị, phản ánh, khiếu nại, tố cáo, trong đó có 16 đơn khiếu nại, 9 đơn tố
    cáo") means the parts leave some out."""
    words = [words_of(text, p, qs, start) for p in parts]
    if SUBJECTS_TOGETHER.search(text, start, parts[-1].end):
        # "223 tổ chức, cá nhân quản lí di tích …; 698 tổ chức, cá nhân hoạt động …": both kinds in every part
        words = [SUBJECTS.sub(" ", w) for w in words]
    given = {m.group(0).lower() for w in words for m in PARTITION_WORDS.finditer(w)}
    if any(m.group(0).lower() not in given for m in PARTITION_WORDS.finditer(named)):
        return False
    if REST_OF_IT.search(words[-1]) and len(words) >= 2:
        return True  # "…; hàng hóa khác 69,96 triệu USD": the last part is all the rest
    if announced(text, len(parts), min(p.start for p in parts)):
        return True
    if len(words) >= 2 and all(BLOCK.match(w) for w in words):
        return True
    # the last item's words may go on past its unit: "…, 241 đơn kiến nghị, phản ánh."
    tail = re.split(r"[.;(]|\d", text[parts[-1].end : parts[-1].end + 40])[0]
    if _split_by_words(words, named, tail) or (
        said_and_denied(words)
        and not _more_listed(text, parts[-1])
        and not _shares_fall_short(text, parts, qs)
    ):
        return True
    levels = [next((name for name, pattern in PART_LEVELS if pattern.search(w)), None) for w in words]
    return None not in levels and len(set(levels)) == len(levels) == len(PART_LEVELS)  # every level named
