"""How much of a narrative's text came out damaged: the share of its letters that cannot be trusted.

Text drawn from a PDF, or decoded with the wrong code page, can lose what makes Vietnamese readable
while still looking like text. Five kinds of damage are counted, each damaged character once:

- ``replacement``: U+FFFD, control characters, and private-use characters inside a word (a glyph with
  no Unicode meaning, as a PDF font without a ToUnicode map gives; a symbol font's bullet standing
  alone is not counted).
- ``detached-mark``: a combining mark left over after NFC with no letter to sit on — at the start of
  the text or a word, or after a space, digit or punctuation ("t ̉nh").
- ``split-word``: a Vietnamese word broken letter by letter, as when the marked letters of a line were
  drawn apart from it ("UBND t nh t m giao biên ch"). Every Vietnamese syllable has a vowel, so a
  lower-case piece without one ("nh", "ch") is a fragment, and so are one-letter pieces standing next
  to another fragment ("t nh", "ỉ ạ ế ứ"). A lone letter ("điểm b khoản 1"), a unit after a number
  ("100 m", "5 km"), an abbreviation ("tr.") and a piece of an address ("gov.vn") are not counted.
- ``mojibake``: UTF-8 read as Windows-1252 or Latin-1 ("Ã¡", "Ä‘", "á»‡", "Æ°"), and letters of
  Latin-1 that Vietnamese never writes (the TCVN3 font encoding read as Latin-1: "Uû ban nh©n d©n").

``share`` is the damaged characters over the letters of the text. On the sample report (bao-cao.txt,
.docx and the PDFs of tests/data/pdf read by read_pdf) it is 0; on the same report read by pypdf from
a LibreOffice export whose font lacks Vietnamese letters it is ~9%.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

VOWELS = set("aăâeêioôơuưy")
VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ×÷Ðð")  # Ð: a look-alike of Đ often typed
LEGIT_SYMBOLS = set("\u00a0°±²³·«»§")


def _continuation_chars() -> str:
    """What the bytes 0x80–0xBF (UTF-8's continuation bytes) look like decoded as Windows-1252 or
    Latin-1."""
    chars = set()
    for b in range(0x80, 0xC0):
        chars.add(chr(b))
        try:
            chars.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return "".join(sorted(chars))


# A UTF-8 lead byte read as Windows-1252/Latin-1 (Â Ã Ä Å Æ for U+0080–U+01FF, á for U+1xxx, â for
# U+2xxx, à for U+0800–U+0FFF) followed by continuation bytes read the same way.
MOJIBAKE = re.compile("[ÂÃÄÅÆàáâ][" + re.escape(_continuation_chars()) + "]+")
WORD = re.compile(r"[^\W\d_]+")


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


@dataclass
class Damage:
    """The damage found in a text: damaged characters by kind, the letters counted, and where."""

    letters: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of damaged stretches

    @property
    def damaged(self) -> int:
        return sum(self.kinds.values())

    @property
    def share(self) -> float:
        """Damaged characters per letter of the text (0 for a text without letters)."""
        return self.damaged / self.letters if self.letters else 0.0


def _inside_word(text: str, i: int) -> bool:
    return any(c.isalnum() for c in text[max(0, i - 1) : i] + text[i + 1 : i + 2])


def _has_vowel(piece: str) -> bool:
    return any(_base(c) in VOWELS for c in piece)


def _is_fragment(text: str, start: int, end: int) -> bool:
    """A piece of a broken word: one letter, or lower-case letters without a vowel — not a unit after
    a number ("100 m"), an abbreviation ("tr."), nor a piece of an address ("gov.vn")."""
    piece = text[start:end]
    if piece[-1:] in ("²", "³"):
        return False  # a unit of area or volume: "1,2 triệu m²"
    if end - start > 1 and (not piece.islower() or _has_vowel(piece) or end - start > 4):
        return False
    if text[end : end + 1] in (".", ")", ":") or text[start - 1 : start] in ("/", "@", ".", "("):
        return False  # "tr.", "(a)", "http://", "gov.vn"
    before = text[:start].rstrip()
    return not (before and before[-1].isdigit() and start - len(before) <= 1)


def _fragment_runs(text: str) -> list[list[tuple[int, int]]]:
    """Fragments of words, in runs of those separated by a single space."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for m in WORD.finditer(text):
        start, end = m.span()
        if not _is_fragment(text, start, end):
            if current:
                runs.append(current)
            current = []
            continue
        if current and text[current[-1][1] : start] != " ":
            runs.append(current)
            current = []
        current.append((start, end))
    if current:
        runs.append(current)
    return runs


def measure(text: str) -> Damage:
    """The damage in one text (NFC is applied first)."""
    text = unicodedata.normalize("NFC", text)
    damage = Damage(letters=sum(ch.isalpha() for ch in text))
    marked = bytearray(len(text))  # which characters are already counted
    kinds: dict[str, int] = {}

    def mark(kind: str, start: int, end: int) -> None:
        fresh = sum(1 for i in range(start, end) if not marked[i])
        if fresh:
            for i in range(start, end):
                marked[i] = 1
            kinds[kind] = kinds.get(kind, 0) + fresh
            damage.spans.append((start, end))

    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if ch == "\ufffd" or (category == "Cc" and ch not in "\t\n\r\f"):
            mark("replacement", i, i + 1)
        elif category == "Co" and _inside_word(text, i):
            mark("replacement", i, i + 1)  # a symbol font's bullet standing alone is no damage
        elif unicodedata.combining(ch) and (
            i == 0 or not (text[i - 1].isalpha() or unicodedata.combining(text[i - 1]))
        ):
            mark("detached-mark", i, i + 1)
    for m in MOJIBAKE.finditer(text):
        mark("mojibake", m.start(), m.end())
    for i, ch in enumerate(text):
        if "\u0080" <= ch <= "\u00ff" and ch not in VIETNAMESE_LATIN1 and ch not in LEGIT_SYMBOLS:
            if ch.isalpha() or unicodedata.category(ch).startswith(("S", "P", "N")):
                mark("mojibake", i, i + 1)
    for run in _fragment_runs(text):
        pieces = [text[s:e] for s, e in run]
        voweless = [len(p) for p in pieces if not _has_vowel(p)]
        marked_letters = [
            p for p in pieces if len(p) == 1 and not p.isascii()
        ]  # "ế ộ": marks moved out of words
        if (
            (len(run) >= 2 and voweless)
            or len(run) >= 3
            or (voweless and voweless[0] >= 2)
            or len(marked_letters) >= 2
        ):
            for s, e in run:
                mark("split-word", s, e)
    damage.kinds = kinds
    damage.spans.sort()
    return damage


def measure_texts(texts: list[str]) -> tuple[Damage, list[Damage]]:
    """The damage over several texts (a narrative's blocks) and in each."""
    each = [measure(t) for t in texts]
    total = Damage(letters=sum(d.letters for d in each))
    for d in each:
        for kind, n in d.kinds.items():
            total.kinds[kind] = total.kinds.get(kind, 0) + n
    return total, each


def example(text: str, damage: Damage, width: int = 60) -> str:
    """A stretch of ``text`` around its first damage, about ``width`` characters, cut at spaces."""
    text = unicodedata.normalize("NFC", text)
    if not damage.spans:
        return ""
    start, end = damage.spans[0]
    left = max(0, start - width // 3)
    right = min(len(text), max(end, left + width))
    while left > 0 and not text[left - 1].isspace() and start - left < width // 2:
        left -= 1
    while right < len(text) and not text[right].isspace() and right - end < width // 2:
        right += 1
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")
