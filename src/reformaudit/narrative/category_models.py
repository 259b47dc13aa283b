"""Wholes split into the groups a statistical standard fixes — the land by use, the retail turnover by kind — read
as models of the domain, not from a sentence's shape: each group is known by its name wherever it stands, across
sentences and the next few paragraphs, and its figure is the first after its name (a change, "tăng 120 ha", never).
A category named twice is read at its first figure only. When every group of a whole is named, they make it (an
error when they do not); when some are not, those named never exceed it. Each group's share of the top whole
("chiếm 85,7%") is its figure's, and the shares of all of them make 100 %.

A model is data (:class:`CategoryModel`); :func:`model_claims` reads one paragraph by it, :func:`model_across` a
whole and its groups told over consecutive paragraphs (a warning at most).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from .across import claims_across, opened_runs
from .claim import Claim, breakdown, part_share, shares_claim
from .claim_finders import changed
from .quantities import Quantity, find_quantities
from .sentences import sentence_of

Figures = dict[str, tuple[Quantity, bool]]  # each category's figure, and whether it is named as the rest
NEAR = 60  # characters from a category's name to its figure
RUN = 4  # paragraphs: a whole and its groups told one a paragraph
REST = re.compile(r"\bcòn\s+lại\b[^\d.;]{0,40}$", re.IGNORECASE)
SHARE = re.compile(
    r"^\s*(?:ha|hécta)?\s*[,(]?\s*chiếm\s*(?:tỷ\s+lệ\s*|khoảng\s*|gần\s*|trên\s*|hơn\s*)?$",
    re.IGNORECASE,
)


def words(pattern: str) -> re.Pattern:
    """A category's name, its words separated by any space."""
    return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)


@dataclass(frozen=True)
class CategoryModel:
    """A standard's categories and how they nest.

    ``groups``: each whole, the groups it must have and those a place may lack; ``above_only``: wholes whose groups
    are named too differently to be complete; ``figures``: the quantities of a text that can be a category's figure;
    ``named_after``: the words between a figure and a category named after it ("44ha là đất nông nghiệp");
    ``regroup``: a model's own reading of which groups a whole has (given the figures, the whole and those named);
    ``share``: the words between a group's figure and its share of the top whole.
    """

    note: str
    top: str
    categories: dict[str, re.Pattern]
    groups: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    figures: Callable[[str, list[Quantity]], list[Quantity]]
    above_only: frozenset[str] = frozenset()
    named_after: re.Pattern | None = None
    regroup: Callable[[Figures, str, Quantity, list[str]], list[str]] | None = field(default=None)
    share: re.Pattern = SHARE  # the words between a group's figure and its share of the top whole


def model_claims(model: CategoryModel, text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    found = category_figures(model, text, model.figures(text, qs))
    claims: list[Claim] = []
    for whole, (needed, optional) in model.groups.items():
        if whole not in found:
            continue
        total = found[whole][0]
        named = [g for g in (*needed, *optional) if g in found and found[g][0].start > total.start]
        if model.regroup is not None:
            named = model.regroup(found, whole, total, named)
        parts = [found[g][0] for g in named]
        if not parts or any(p.value >= total.value for p in parts):
            continue
        span = (sentence_of(text, total.start)[0], sentence_of(text, max(p.start for p in parts))[1])
        shares = [_share(model, text, qs, p) for p in parts] if whole == model.top else []
        for part, share in zip(parts, shares):
            if share is not None:  # "doanh thu bán lẻ hàng hóa … 3.495,8 nghìn tỷ đồng, chiếm 76,3% tổng mức"
                claims.append(_noted(model, part_share(block, span, total, part, share, slack=True)))
        if len(parts) < 2:
            continue
        complete = (
            whole not in model.above_only
            and all(g in named for g in needed)
            and (all(g in named for g in optional) or any(found[g][1] for g in named))
        )
        # a group written as nothing ("Đất làm muối 0,0") is named, so the list is whole, and adds nothing to it
        listed = breakdown(block, span, total, [p for p in parts if p.value], complete, subset=not complete)
        claims.append(_noted(model, listed))
        if complete and shares and all(s is not None for s in shares):
            claims.append(_noted(model, shares_claim(block, span, [s for s in shares if s is not None])))
    return claims


def _noted(model: CategoryModel, claim: Claim) -> Claim:
    claim.notes.append(model.note)
    return claim


def category_figures(model: CategoryModel, text: str, candidates: list[Quantity]) -> Figures:
    """Each category's figure, at its first mention that has one; a name within a longer one ("bán lẻ hàng hóa" in
    "tổng mức bán lẻ hàng hóa …") is no mention of its own."""
    spans = sorted(
        (
            (m.start(), m.end(), name)
            for name, pattern in model.categories.items()
            for m in pattern.finditer(text)
        ),
        key=lambda m: (m[0], -m[1]),
    )
    mentions: list[tuple[int, int, str]] = []
    for start, end, name in spans:
        if mentions and start < mentions[-1][1]:
            continue
        mentions.append((start, end, name))
    found: Figures = {}
    for k, (start, end, name) in enumerate(mentions):
        if name in found:
            continue
        before = [q for q in candidates if q.end <= start]
        if (
            model.named_after is not None
            and before
            and start - before[-1].end <= 15
            and model.named_after.fullmatch(text, before[-1].end, start)
            and not _taken(found, before[-1])
        ):
            figure: Quantity | None = before[-1]
        else:
            stop = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            figure = next(
                (
                    q
                    for q in candidates
                    if end <= q.start < min(stop, end + NEAR) and not changed(text, q, end)
                ),
                None,
            )
            if figure is not None and re.search(r"[.;](?!\d)", text[end : figure.start]):
                figure = None
        if figure is not None and not _taken(found, figure):
            found[name] = (figure, bool(REST.search(text, max(0, start - 50), start)))
    return found


def _taken(found: Figures, q: Quantity) -> bool:
    return any(f.start == q.start for f, _ in found.values())


def _share(model: CategoryModel, text: str, qs: list[Quantity], figure: Quantity) -> Quantity | None:
    after = next((q for q in qs if q.start >= figure.end), None)
    if after is None or after.kind != "percent" or not model.share.match(text[figure.end : after.start]):
        return None
    return after


def model_across(model: CategoryModel, texts: list[str], kinds: list[str]) -> list[Claim]:
    """The top whole and its groups told over consecutive paragraphs: read as one text, a warning at most. A
    paragraph naming the top whole without its figure ("chiếm 7,09% tổng diện tích đất tự nhiên") goes on with it."""
    claims = []
    for run in opened_runs(texts, kinds, partial(_gives_top, model), RUN):
        claims += claims_across([(b, texts[b], 0) for b in run], partial(model_claims, model, block=run[0]))
    return claims


def _gives_top(model: CategoryModel, text: str) -> bool:
    return bool(model.categories[model.top].search(text)) and model.top in category_figures(
        model, text, model.figures(text, find_quantities(text))
    )
