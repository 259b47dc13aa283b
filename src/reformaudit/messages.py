"""Every line reformaudit writes to standard error, and its ``--help``, in the reader's language.

The words are data (``messages.yaml``), one entry a message in Vietnamese and English. An error made
with :func:`refusal` carries its key and fields, so that :func:`say` writes it in either language;
an error raised with English text alone is recognised by that text.

>>> say(refusal("file.empty", path="bieu-mau.xlsx"), "vi")
'bieu-mau.xlsx: tệp rỗng (0 byte); hãy lưu lại tệp từ bản gốc'
>>> say(AuditInputError("bao-cao.pdf: the PDF is encrypted; save an unprotected copy or give the Word file"), "vi")
'bao-cao.pdf: tệp PDF bị mã hoá; hãy lưu một bản không khoá hoặc cho tệp Word'
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .catalogue.model import Text  # the module: the catalogue package imports this one
from .errors import AuditInputError
from .numbers import decimals_of, format_number

LANGUAGES = ("vi", "en")
DEFAULT_LANG = "vi"
LANG_VARIABLE = "REFORMAUDIT_LANG"
CATALOGUE = Path(__file__).with_name("messages.yaml")
NUMERIC_FIELDS = {"limit", "cells", "ratio", "count", "reports", "seconds", "minutes"}
_FIELD = re.compile(r"\{(\w+)\}")
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's (10 times as fast) when PyYAML has it


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict[str, Text]]:
    data = yaml.load(CATALOGUE.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    return {
        section: {key: Text(entry["vi"], entry["en"]) for key, entry in entries.items()}
        for section, entries in data.items()
    }


def keys() -> list[str]:
    """Every key of the catalogue, as ``section.key`` (the argparse section aside)."""
    return [f"{s}.{k}" for s, entries in _entries().items() if s != "argparse" for k in entries]


def words(key: str) -> Text:
    """The catalogue's entry ``section.key`` in both languages."""
    section, name = key.split(".", 1)
    return _entries()[section][name]


def english_words(text: str) -> Text | str:
    """The catalogue's words whose English is ``text`` (as code not using keys yet writes them), else ``text``."""
    return next((w for w in _entries()["word"].values() if w.en == text), text)


def _written(value, lang: str) -> str:
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value, lang, decimals_of(value, 6))
    return str(value)


def message(key: str, lang: str, **fields) -> str:
    """The message ``key`` in ``lang``, its fields written in that language's style."""
    return words(key)(lang).format(**{name: _written(v, lang) for name, v in fields.items()})


def refusal(key: str, kind: type[Exception] = AuditInputError, **fields) -> Exception:
    """An error whose text is the English of ``refusal.key`` and which :func:`say` writes in either language."""
    error = kind(message(f"refusal.{key}", "en", **fields))
    setattr(error, "key", f"refusal.{key}")  # noqa: B010  (read back by say)
    setattr(error, "fields", fields)  # noqa: B010
    return error


@lru_cache(maxsize=1)
def _english_patterns() -> list[tuple[re.Pattern, str]]:
    """Each refusal's English text as a pattern; the most specific (fewest fields, most words) first."""
    patterns = []
    for name, text in _entries()["refusal"].items():
        parts = _FIELD.split(text.en)  # literal, field, literal, field, …
        body = "".join(
            re.escape(p.replace("{{", "{").replace("}}", "}")) if i % 2 == 0 else f"(?P<{p}>.+?)"
            for i, p in enumerate(parts)
        )
        patterns.append((len(parts) // 2, -len(_FIELD.sub("", text.en)), re.compile(f"^{body}$"), name))
    return [(pattern, f"refusal.{name}") for *_, pattern, name in sorted(patterns, key=lambda p: p[:2])]


def _number(text: str) -> float | str:
    """An English-written number ("2,000,000", "0.01") as a number, so that it is rewritten per language."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+(\.\d+)?", text):
        return float(text.replace(",", ""))
    return text


def _size(text: str) -> str | Text:
    """ "3.4 KB" as Vietnamese "3,4 KB"."""
    found = re.fullmatch(r"([\d.]+) (bytes|KB|MB)", text)
    if not found:
        return text
    vi_unit = "byte" if found[2] == "bytes" else found[2]
    return Text(f"{found[1].replace('.', ',')} {vi_unit}", text)


def recognise(text: str) -> tuple[str, dict] | None:
    """The key and fields of an English message raised without a key, if the catalogue has it."""
    for pattern, key in _english_patterns():
        found = pattern.match(text)
        if found:
            fields = found.groupdict()
            for name in fields.keys() & NUMERIC_FIELDS:
                fields[name] = _number(fields[name])
            if "size" in fields:
                fields["size"] = _size(fields["size"])
            return key, fields
    return None


def say(error: Exception, lang: str) -> str:
    """The one line a user reads about ``error``, in ``lang`` alone."""
    key = getattr(error, "key", None)
    if key is not None:
        return message(key, lang, **getattr(error, "fields"))  # noqa: B009  (set by refusal)
    vi = getattr(error, "vi", None)  # made by guard.refuse with both texts
    if vi is not None:
        return vi if lang != "en" else str(error)
    found = recognise(str(error))
    return message(found[0], lang, **found[1]) if found else str(error)


def language(argv: Sequence[str], environ=os.environ) -> str:
    """The language asked for: the last ``--lang`` of the command line (read before argparse, so that
    ``--help`` and usage errors speak it too), else REFORMAUDIT_LANG, else Vietnamese."""
    lang = environ.get(LANG_VARIABLE, "").strip().lower()[:2]
    lang = lang if lang in LANGUAGES else DEFAULT_LANG
    for i, arg in enumerate(argv):
        given = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            given = arg.split("=", 1)[1]
        if given in LANGUAGES:
            lang = given
    return lang


@contextmanager
def argparse_speaks(lang: str) -> Iterator[None]:
    """argparse's own words (``usage:``, ``options``, its errors) in ``lang`` while parsing."""
    table = {msgid: text(lang) for msgid, text in _entries()["argparse"].items()}
    # argparse looks up its words through the module's own gettext hooks, which its stubs do not declare.
    module: Any = argparse
    saved = module._, module.ngettext
    module._ = lambda msgid: table.get(msgid, msgid)
    module.ngettext = lambda one, many, n: table.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        module._, module.ngettext = saved
