"""Two wholes the statistics offices' monthly reports split the same way everywhere (Tổng cục Thống kê's system of
indicators): the retail turnover — "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng" — is the retail sales
of goods, lodging and catering, travel services and other services; the investment carried out — "Vốn đầu tư thực
hiện toàn xã hội" — is the state's, the non-state sector's and the foreign-invested sector's. Read as models of the
domain (:mod:`reformaudit.narrative.category_models`): every group named makes the whole, some named never exceed
it.

>>> text = ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 27.361 tỷ đồng. Trong đó, doanh thu bán "
...         "lẻ hàng hóa đạt 21.750,6 tỷ đồng; doanh thu dịch vụ lưu trú, ăn uống đạt 3.419,8 tỷ đồng; doanh thu du "
...         "lịch lữ hành đạt 123,2 tỷ đồng; doanh thu dịch vụ khác đạt {} tỷ đồng.")
>>> [(c.status, c.severity) for c in trade_and_investment_claims(text.format("2.067,4"))]
[('ok', None)]
>>> [(c.status, c.severity) for c in trade_and_investment_claims(text.format("2.076,4"))]
[('fail', 'error')]
"""

from __future__ import annotations

from .category_models import CategoryModel, model_across, model_claims, words
from .claim import Claim
from .quantities import Quantity


def _amounts(text: str, qs: list[Quantity]) -> list[Quantity]:
    return [q for q in qs if q.kind == "money" and not q.per]


RETAIL = CategoryModel(
    note="retail",
    top="retail",
    categories={
        "retail": words(r"tổng mức bán lẻ hàng h(?:óa|oá)(?: và (?:doanh thu )?dịch vụ(?: tiêu dùng)?)?"),
        "goods": words(r"bán lẻ hàng h(?:óa|oá)"),
        "lodging": words(r"lưu trú(?:,| và)? ăn uống|ăn uống(?:,| và)? lưu trú"),
        "travel": words(r"(?:du lịch )?lữ hành"),
        "services_other": words(r"dịch vụ (?:tiêu dùng )?khác"),
    },
    groups={"retail": (("goods", "lodging", "travel", "services_other"), ())},
    figures=_amounts,
)
INVESTMENT = CategoryModel(
    note="investment",
    top="investment",
    categories={
        "investment": words(
            r"vốn đầu tư (?:phát triển )?(?:thực hiện )?(?:toàn xã hội|trên địa bàn(?: (?:tỉnh|thành phố|huyện))?)"
        ),
        "state": words(r"(?:vốn )?khu vực nhà nước"),
        "non_state": words(r"(?:vốn )?(?:khu vực )?ngoài nhà nước"),
        "foreign": words(
            r"(?:vốn )?(?:khu vực )?có vốn đầu tư (?:trực tiếp )?nước ngoài|vốn FDI|khu vực FDI"
        ),
    },
    groups={"investment": (("state", "non_state", "foreign"), ())},
    figures=_amounts,
)
MODELS = (RETAIL, INVESTMENT)


def trade_and_investment_claims(text: str, block: int = 0) -> list[Claim]:
    return [c for model in MODELS for c in model_claims(model, text, block)]


def trade_and_investment_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The retail turnover or the investment and their groups told over consecutive paragraphs: a warning at most."""
    return [c for model in MODELS for c in model_across(model, texts, kinds)]
