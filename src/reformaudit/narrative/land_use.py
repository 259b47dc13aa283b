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
[('share', 'ok'), ('share', 'ok'), ('share', 'ok'), ('breakdown', 'ok'), ('shares', 'ok')]
>>> [(c.kind, c.status, c.severity) for c in land_use_claims(text.format("63")) if c.kind != "share"]
[('breakdown', 'fail', 'error'), ('shares', 'ok', None)]
"""

from __future__ import annotations

import re

from .category_models import CategoryModel, Figures, model_across, model_claims, words
from .claim import Claim, breakdown
from .measures import measure_key
from .quantities import Quantity

CATEGORIES = {
    "natural": words(r"diện tích (?:đất )?tự nhiên|\bTỔNG (?:SỐ|DIỆN TÍCH)\b(?=\s*\d)"),
    "agri": words(r"(?:nhóm )?đất nông nghiệp(?! khác)"),
    "nonagri": words(r"(?:nhóm )?đất phi nông nghiệp(?! khác)"),
    "unused": words(r"(?:nhóm )?đất chưa sử dụng"),
    "farming": words(r"đất sản xuất nông nghiệp"),
    "forest": words(r"đất lâm nghiệp"),
    "aquaculture": words(r"đất nuôi trồng th(?:ủy|uỷ|uy) sản"),
    "salt": words(r"đất làm muối"),
    "agri_other": words(r"đất nông nghiệp khác"),
    "production_forest": words(r"(?:đất )?rừng sản xuất"),
    "protection_forest": words(r"(?:đất )?rừng phòng hộ"),
    "special_forest": words(r"(?:đất )?rừng đặc dụng"),
    "annual": words(r"đất (?:trồng )?cây hàng năm(?! khác)"),
    "perennial": words(r"đất (?:trồng )?cây lâu năm"),
    "rice": words(r"đất (?:trồng )?lúa(?! nước)|đất chuyên trồng lúa nước"),
    "annual_other": words(r"đất (?:trồng )?cây hàng năm khác"),
    "residential": words(r"đất ở(?! (?:tại )?(?:đô thị|nông thôn))"),
    "special_use": words(r"đất chuyên dùng"),
    "cemetery": words(r"đất (?:làm )?nghĩa trang"),
    "water": words(r"đất sông(?:,)? suối|đất có mặt nước chuyên dùng|đất mặt nước chuyên dùng"),
    "nonagri_other": words(r"đất phi nông nghiệp khác"),
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
ABOVE_ONLY = frozenset({"nonagri"})
# "44ha là đất nông nghiệp", "1.200 ha đất lúa": a figure named after it
AFTER_FIGURE = re.compile(r"\s*(?:ha|hécta)\s*(?:là\s*)?|\s*(?:ha|hécta)?\s*là\s*", re.IGNORECASE)
TABLE_UNIT = re.compile(r"\(\s*ha\s*\)", re.IGNORECASE)


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


def _forest_beside(figures: Figures, whole: str, total: Quantity, named: list[str]) -> list[str]:
    """The groups of the natural area, with the forest land beside the agricultural when the text uses "đất nông
    nghiệp" for farming alone ("đất nông nghiệp là 2.459,8 ha, đất lâm nghiệp là 1.852,8 ha, đất phi nông nghiệp …"):
    so when the forest is larger than the agricultural land, or the groups make the whole with it. The farmland's
    own groups then leave the forest out."""
    if "forest" not in figures or "agri" not in figures:
        return named
    agri, forest = figures["agri"][0], figures["forest"][0]
    if whole == "agri":
        return [g for g in named if g != "forest"] if _beside(figures, forest, agri) else named
    if whole != "natural" or "agri" not in named:
        return named
    with_forest = [*named[:1], "forest", *named[1:]]
    if forest.value > agri.value:
        return with_forest
    parts = [figures[g][0] for g in with_forest]
    return with_forest if breakdown(0, (0, 0), total, parts, True).status == "ok" else named


def _beside(figures: Figures, forest: Quantity, agri: Quantity) -> bool:
    natural = figures.get("natural")
    if natural is None:
        return forest.value > agri.value
    named: list[str] = [g for g in ("agri", "nonagri", "unused") if g in figures]
    return "forest" in _forest_beside(figures, "natural", natural[0], named)


LAND_USE = CategoryModel(
    note="land use",
    top="natural",
    categories=CATEGORIES,
    groups=GROUPS,
    figures=_areas,
    above_only=ABOVE_ONLY,
    named_after=AFTER_FIGURE,
    regroup=_forest_beside,
)


def land_use_claims(text: str, block: int = 0) -> list[Claim]:
    return model_claims(LAND_USE, text, block)


def land_use_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The natural area and its groups told over consecutive paragraphs ("… 47.539 ha diện tích đất tự nhiên …" /
    "… đất phi nông nghiệp … 3.372 ha …"): read as one text, a warning at most."""
    return model_across(LAND_USE, texts, kinds)
