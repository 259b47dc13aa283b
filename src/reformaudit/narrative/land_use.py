"""The land by use, which every profile of a province, district or commune and every land plan breaks its area down
by, in the categories the land statistics fix (Thông tư 27/2018/TT-BTNMT, Luật Đất đai 2024): the natural area is
the agricultural, the non-agricultural and the unused land; the agricultural land is the land for farming, forest,
aquaculture, salt making and other farming; the forest land is production, protection and special-use forest; the
farming land is the land for annual and for perennial crops; the annual crops' land is rice land and other annual
crops' land.

That the groups are the whole is the domain's model, not a sentence's shape, so the groups may be told in any words
and order, across sentences and paragraphs: "Diện tích tự nhiên 110.414 ha, trong đó đất nông nghiệp 98.892,88 ha …;
đất phi nông nghiệp …; còn lại là đất chưa sử dụng …". When every group is named (or the last is the rest), they
make the whole; when some are not named, those named never exceed it. Each figure is the first after its
category's name (or right before it: "44 ha là đất nông nghiệp"), a change ("tăng 120 ha") never; a category named
twice is read at its first figure only, so a plan's figures after the present ones are not mixed in. The groups'
shares of the natural area ("chiếm 85,7%") make 100 %.

>>> text = ("Tổng diện tích tự nhiên 7.331 ha, trong đó: đất nông nghiệp 6.282 ha, chiếm 85,7%; đất phi nông "
...         "nghiệp 1.013 ha, chiếm 13,8%; đất chưa sử dụng {} ha, chiếm 0,5%.")
>>> [(c.kind, c.status) for c in land_use_claims(text.format("36"))]
[('breakdown', 'ok'), ('shares', 'ok')]
>>> [(c.kind, c.status, c.severity) for c in land_use_claims(text.format("63"))]
[('breakdown', 'fail', 'error'), ('shares', 'ok', None)]
"""

from __future__ import annotations

import re
from functools import partial

from .across import claims_across
from .claim import Claim, breakdown, shares_claim
from .claim_finders import changed
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .sentences import sentence_of


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)


CATEGORIES = {
    "natural": _words(r"diện tích (?:đất )?tự nhiên|\bTỔNG (?:SỐ|DIỆN TÍCH)\b(?=\s*\d)"),
    "agri": _words(r"(?:nhóm )?đất nông nghiệp(?! khác)"),
    "nonagri": _words(r"(?:nhóm )?đất phi nông nghiệp(?! khác)"),
    "unused": _words(r"(?:nhóm )?đất chưa sử dụng"),
    "farming": _words(r"đất sản xuất nông nghiệp"),
    "forest": _words(r"đất lâm nghiệp"),
    "aquaculture": _words(r"đất nuôi trồng th(?:ủy|uỷ|uy) sản"),
    "salt": _words(r"đất làm muối"),
    "agri_other": _words(r"đất nông nghiệp khác"),
    "production_forest": _words(r"(?:đất )?rừng sản xuất"),
    "protection_forest": _words(r"(?:đất )?rừng phòng hộ"),
    "special_forest": _words(r"(?:đất )?rừng đặc dụng"),
    "annual": _words(r"đất (?:trồng )?cây hàng năm(?! khác)"),
    "perennial": _words(r"đất (?:trồng )?cây lâu năm"),
    "rice": _words(r"đất (?:trồng )?lúa(?! nước)|đất chuyên trồng lúa nước"),
    "annual_other": _words(r"đất (?:trồng )?cây hàng năm khác"),
    "residential": _words(r"đất ở(?! (?:tại )?(?:đô thị|nông thôn))"),
    "special_use": _words(r"đất chuyên dùng"),
    "cemetery": _words(r"đất (?:làm )?nghĩa trang"),
    "water": _words(r"đất sông(?:,)? suối|đất có mặt nước chuyên dùng|đất mặt nước chuyên dùng"),
    "nonagri_other": _words(r"đất phi nông nghiệp khác"),
}
# each whole and its groups: the groups it must have, then those a place may lack (no salt land inland)
GROUPS = {
    "natural": (("agri", "nonagri", "unused"), ()),
    "agri": (("farming", "forest", "aquaculture"), ("salt", "agri_other")),
    "forest": (("production_forest", "protection_forest", "special_forest"), ()),
    "farming": (("annual", "perennial"), ()),
    "annual": (("rice", "annual_other"), ()),
    "nonagri": ((), ("residential", "special_use", "cemetery", "water", "nonagri_other")),
}
# the non-agricultural land's groups are named differently from one standard to the next: it is only above them
ABOVE_ONLY = {"nonagri"}
REST = re.compile(r"\bcòn\s+lại\b[^\d.;]{0,40}$", re.IGNORECASE)
# "44ha là đất nông nghiệp", "1.200 ha đất lúa": a figure named after it
AFTER_FIGURE = re.compile(r"\s*(?:ha|hécta)\s*(?:là\s*)?|\s*(?:ha|hécta)?\s*là\s*", re.IGNORECASE)
SHARE = re.compile(
    r"^\s*(?:ha|hécta)?\s*[,(]?\s*chiếm\s*(?:tỷ\s+lệ\s*|khoảng\s*|gần\s*|trên\s*|hơn\s*)?$", re.I
)
NEAR = 60  # characters from a category's name to its figure
TABLE_UNIT = re.compile(r"\(\s*ha\s*\)", re.IGNORECASE)
RUN = 4  # paragraphs: a natural area and its groups told one a paragraph


def _areas(text: str, qs: list[Quantity]) -> list[Quantity]:
    bare = bool(TABLE_UNIT.search(text))  # a table of areas: its figures carry no unit of their own
    return [
        q
        for q in qs
        # in a table, the words after a figure are the next row's: "Đất làm muối 0,0 Đất nông nghiệp khác 71"
        if q.kind == "count"
        and not q.per
        and (measure_key(q) == "ha" or (bare and measure_key(q) in ("", "đất")))
    ]


def land_use_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    areas = _areas(text, qs)
    if len(areas) < 3:
        return []
    figures = _figures(text, areas)
    claims: list[Claim] = []
    beside = False  # the forest told beside the agricultural land, not within it
    for whole, (needed, optional) in GROUPS.items():
        if whole not in figures:
            continue
        total = figures[whole][0]
        named = [g for g in (*needed, *optional) if g in figures and figures[g][0].start > total.start]
        if whole == "natural" and "forest" in figures:
            named = _forest_beside(figures, total, named)
            beside = "forest" in named
        if whole == "agri" and beside:
            named = [g for g in named if g != "forest"]
        parts = [figures[g][0] for g in named]
        if len(parts) < 2 or any(p.value >= total.value for p in parts):
            continue
        complete = (
            whole not in ABOVE_ONLY
            and all(g in named for g in needed)
            and (all(g in named for g in optional) or any(figures[g][1] for g in named))
        )
        span = (sentence_of(text, total.start)[0], sentence_of(text, max(p.start for p in parts))[1])
        # a group written as nothing ("Đất làm muối 0,0") is named, so the list is whole, and adds nothing to it
        claim = breakdown(block, span, total, [p for p in parts if p.value], complete, subset=not complete)
        claim.notes.append("land use")
        claims.append(claim)
        if whole == "natural" and len(parts) == 3:
            shares = [_share(text, qs, p) for p in parts]
            if all(s is not None for s in shares):
                share_claim = shares_claim(block, span, [s for s in shares if s is not None])
                share_claim.notes.append("land use")
                claims.append(share_claim)
    return claims


def _figures(text: str, areas: list[Quantity]) -> dict[str, tuple[Quantity, bool]]:
    """Each category's figure, at its first mention that has one, and whether it is named as the rest."""
    mentions = sorted(
        (m.start(), m.end(), name) for name, pattern in CATEGORIES.items() for m in pattern.finditer(text)
    )
    found: dict[str, tuple[Quantity, bool]] = {}
    for k, (start, end, name) in enumerate(mentions):
        if name in found:
            continue
        before = [q for q in areas if q.end <= start and AFTER_FIGURE.fullmatch(text, q.end, start)]
        if before and start - before[-1].end <= 15 and not _taken(found, before[-1]):
            figure: Quantity | None = before[-1]  # "44ha là đất nông nghiệp"
        else:
            stop = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            figure = next(
                (q for q in areas if end <= q.start < min(stop, end + NEAR) and not changed(text, q, end)),
                None,
            )
            if figure is not None and re.search(r"[.;](?!\d)", text[end : figure.start]):
                figure = None
        if figure is not None and not _taken(found, figure):
            found[name] = (figure, bool(REST.search(text, max(0, start - 50), start)))
    return found


def _forest_beside(figures: dict[str, tuple[Quantity, bool]], total: Quantity, named: list[str]) -> list[str]:
    """The groups of the natural area, with the forest land beside the agricultural when the text uses "đất nông
    nghiệp" for farming alone ("đất nông nghiệp là 2.459,8 ha, đất lâm nghiệp là 1.852,8 ha, đất phi nông nghiệp …"):
    so when the forest is larger than the agricultural land, or the groups make the whole with it."""
    if "agri" not in named:
        return named
    with_forest = [*named[:1], "forest", *named[1:]]
    if figures["forest"][0].value > figures["agri"][0].value:
        return with_forest
    parts = [figures[g][0] for g in with_forest]
    return with_forest if breakdown(0, (0, 0), total, parts, True).status == "ok" else named


def _taken(found: dict[str, tuple[Quantity, bool]], q: Quantity) -> bool:
    return any(f.start == q.start for f, _ in found.values())


def _share(text: str, qs: list[Quantity], figure: Quantity) -> Quantity | None:
    after = next((q for q in qs if q.start >= figure.end), None)
    if after is None or after.kind != "percent" or not SHARE.match(text[figure.end : after.start]):
        return None
    return after


def land_use_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The natural area and its groups told over consecutive paragraphs ("… 47.539 ha diện tích đất tự nhiên …" /
    "… đất phi nông nghiệp … 3.372 ha …"): read as one text, a warning at most."""
    claims = []
    for i, text in enumerate(texts):
        if kinds[i] != "paragraph" or not _gives_natural(text):
            continue
        run = [i]
        for j in range(i + 1, min(len(texts), i + RUN)):
            # "… chiếm 7,09% tổng diện tích đất tự nhiên": a paragraph naming the natural area without its figure
            if kinds[j] != "paragraph" or _gives_natural(texts[j]):
                break
            run.append(j)
        if len(run) > 1:
            claims += claims_across([(b, texts[b], 0) for b in run], partial(land_use_claims, block=i))
    return claims


def _gives_natural(text: str) -> bool:
    """The paragraph gives the natural area's figure."""
    return bool(CATEGORIES["natural"].search(text)) and "natural" in _figures(
        text, _areas(text, find_quantities(text))
    )
