"""Enforcement accounts told in cases and in money at once: "Tổng số phải thi hành là: 860.509 việc, tương ứng với
số tiền 333.770 tỷ … đồng." / "Số có điều kiện thi hành là 652.826 việc, tương ứng với số tiền 164.761 tỷ … đồng,
chiếm tỷ lệ 75,88% về việc và 49,16% về tiền trong tổng số phải thi hành." Each count of cases has its amount, and the
two percents are the rates of the count and of the amount, of the stage before: what can be enforced of what is to
be, what was enforced of what can be (of what is to be when the account gives no such stage). That the stage before
is the base is the indicator's definition, not written: a rate that does not hold is a warning.

>>> text = ("Tổng số phải thi hành là 800 việc, tương ứng với số tiền 300 tỷ đồng. Số có điều kiện thi hành là 600 "
...         "việc, tương ứng với số tiền 150 tỷ đồng, chiếm tỷ lệ 75% về việc và 52% về tiền.")
>>> [(c.status, [q.raw for q in c.quantities]) for c in case_and_money_rates(text)]
[('ok', ['600', '800', '75%']), ('fail', ['150 tỷ đồng', '300 tỷ đồng', '52%'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from operator import attrgetter

from .across import claims_across
from .claim import Claim, first_fitting, rate_of
from .handling import stage_of
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

# "652.826 việc, tương ứng với số tiền 164.761 tỷ đồng", "87 việc/85,8 tỉ đồng", "hơn 410 nghìn việc, hơn 38 nghìn tỷ"
WITH_AMOUNT = re.compile(
    r"\s*(?:vụ\s+)?việc\s*(?:/|,?\s*(?:tương\s+ứng|với)(?:\s+với)?(?:\s+(?:số\s+)?tiền)?(?:\s+là)?|,)"
    r"\s*(?:trên|hơn|gần|khoảng)?\s*$",
    re.IGNORECASE,
)
RATE_CUE = re.compile(r"^[^.;]{0,30}?\b(?:đạt|chiếm)\b[^.;\d]{0,20}$", re.IGNORECASE)
OF_CASES = re.compile(r"\s*(?:về|trên|trong)\s+(?:tổng\s+)?(?:số\s+)?(?:vụ\s+)?việc\b", re.IGNORECASE)
OF_MONEY = re.compile(r"\s*(?:về|trên|trong)\s+(?:tổng\s+)?(?:số\s+)?(?:tiền|giá\s+trị)\b", re.IGNORECASE)
BETWEEN_RATES = re.compile(r"^\s*(?:và|,)\s*(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)


@dataclass
class Stage:
    role: str  # "taken", "eligible" or "settled", as :mod:`reformaudit.narrative.handling` names them
    cases: Quantity
    amount: Quantity


def case_and_money_rates(text: str, block: int = 0) -> list[Claim]:
    if not OF_CASES.search(text):
        return []  # no rate of cases to read
    claims: list[Claim] = []
    stages: list[Stage] = []
    for (s0, s1), here in by_sentence(text, find_quantities(text)):
        for k, cases in enumerate(here[:-1]):
            amount = here[k + 1]
            stage_role = _stage(text, cases, s0)
            if (
                stage_role is None
                or cases.kind != "count"
                or amount.kind != "money"
                or not WITH_AMOUNT.fullmatch(text, cases.end, amount.start)
            ):
                continue
            stage = Stage(stage_role, cases, amount)
            claims += _rates(text, block, (s0, s1), here[k + 2 :], stage, stages)
            stages.append(stage)
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("cases and money")
    return claims


APPROXIMATED = re.compile(r"\b(?:trên|hơn|gần|khoảng)\s*$", re.IGNORECASE)


def _stage(text: str, cases: Quantity, start: int) -> str | None:
    """The stage of an account a count of cases is, read past its approximation ("… là hơn 620 nghìn việc")."""
    approximated = APPROXIMATED.search(text, start, cases.start)
    return stage_of(text, replace(cases, start=approximated.start()) if approximated else cases, start)


def _rates(text, block, span, after: list[Quantity], stage: Stage, stages: list[Stage]) -> list[Claim]:
    """The rate of the cases ("75,88% về việc") and, when it follows, of the amount ("và 49,16% về tiền")."""
    if not after or after[0].kind != "percent" or not RATE_CUE.match(text[stage.amount.end : after[0].start]):
        return []
    of_cases = OF_CASES.match(text, after[0].end)
    if of_cases is None:
        return []
    rated = [(stage.cases, after[0], attrgetter("cases"))]
    if (
        len(after) > 1
        and after[1].kind == "percent"
        and BETWEEN_RATES.match(text[of_cases.end() : after[1].start])
        and OF_MONEY.match(text, after[1].end)
    ):
        rated.append((stage.amount, after[1], attrgetter("amount")))
    wanted = next((r for r in BEFORE.get(stage.role, ()) if any(s.role == r for s in stages)), None)
    bases = [s for s in reversed(stages) if s.role == wanted]
    claims = []
    for part, percent, side in rated:
        readings = (rate_of(block, span, part, side(s), percent) for s in bases if side(s).value)
        claim, _ = first_fitting(readings)
        claims += [claim] if claim is not None else []
    return claims


# the stage a rate is of: what can be enforced of what is to be, what was enforced of what can be (else of all)
BEFORE = {"eligible": ("taken",), "settled": ("eligible", "taken")}


ACCOUNT_RUN = 3  # paragraphs of one account read together at most


def case_and_money_rates_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The stages told in consecutive paragraphs ("- Tổng số phải thi hành là: …" / "- Số có điều kiện thi hành là
    …, chiếm tỷ lệ …"): the rates of each paragraph of the stages the paragraphs before it give."""
    out = []
    for i, kind in enumerate(kinds):
        if kind != "paragraph" or not OF_CASES.search(texts[i]):
            continue  # no rate of cases: nothing to read (and no joined text to scan)
        first = i
        while first > 0 and i - first + 1 < ACCOUNT_RUN and kinds[first - 1] == "paragraph":
            first -= 1
        pieces = [(b, texts[b], 0) for b in range(first, i + 1)]
        out += [c for c in claims_across(pieces, case_and_money_rates) if c.where(2)[0] == i]
    return out
