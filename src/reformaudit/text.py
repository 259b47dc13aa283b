"""Text normalisation shared by the loaders: NFC, case folding, tolerant comparison of labels."""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

_SPACE = re.compile(r"\s+")
_FOOTNOTE_DIGITS = re.compile(r"(?<=[^\W\d])\d{1,2}\b")
_PUNCT = re.compile(r"[^\w%+/=-]+")


def nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def squash(text: object) -> str:
    """NFC, single spaces, stripped."""
    return _squash(text) if isinstance(text, str) else _SPACE.sub(" ", nfc(text)).strip()


@functools.lru_cache(maxsize=16384)
def _squash(text: str) -> str:
    return _SPACE.sub(" ", nfc(text)).strip()


@functools.lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    t = _FOOTNOTE_DIGITS.sub("", squash(text).lower())
    return _SPACE.sub(" ", _PUNCT.sub(" ", t)).strip()


def fold(text: object) -> str:
    """Lower-case, NFC, punctuation and footnote markers dropped: for comparing labels.

    >>> fold("Tổng số VBQPPL24 do địa phương ban\\nhành.")
    'tổng số vbqppl do địa phương ban hành'
    """
    return _fold(text if isinstance(text, str) else "" if text is None else str(text))


def similarity(a: str, b: str) -> float:
    """How alike two folded labels are, 0 to 1."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def short(text: str, limit: int = 70) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
