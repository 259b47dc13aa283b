"""The text summary at the end of ``reformaudit batch``: how many reports, which ones to fix, which could
not be read, the most frequent rules and the slowest reports — in the reader's language."""

from __future__ import annotations

from ..messages import message
from ..numbers import format_number


def _reports(n: int, lang: str) -> str:
    noun = "report" if n == 1 else "reports"
    return f"{format_number(n, lang)} {noun if lang == 'en' else 'báo cáo'}"


def _names(names: list[str], count: int, lang: str) -> str:
    """The reports named, in order, and how many more there are."""
    shown = ", ".join(sorted(names))
    if count > len(names):
        shown += ", " + message("batch.more", lang, count=count - len(names))
    return shown


def summary_text(summary, lang: str) -> str:
    """The summary of a :class:`reformaudit.batch.Summary`, one line a part."""
    failing_what = message(f"batch.fails.{summary.fail_on}", lang)
    head = message(
        "batch.head",
        lang,
        reports=_reports(summary.reports, lang),
        failing=summary.failing,
        failing_what=failing_what,
        unreadable=summary.unreadable,
    )
    lines = [head]
    for kind, count in (("failing", summary.failing), ("unreadable", summary.unreadable)):
        if count:
            lines.append(f"{message(f'batch.{kind}', lang)}: {_names(summary.named[kind], count, lang)}")
    if summary.rules:
        frequent = ", ".join(f"{r} ({format_number(n, lang)})" for r, n in summary.rules.most_common(10))
        lines.append(f"{message('batch.rules', lang)}: {frequent}")
    if summary.slowest:
        slow = ", ".join(
            f"{name} ({message('batch.seconds', lang, seconds=round(s, 2))})" for s, name in summary.slowest
        )
        lines.append(f"{message('batch.slowest', lang)}: {slow}")
    return "\n".join(lines) + "\n"
