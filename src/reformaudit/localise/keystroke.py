"""Typing slips: which single keystroke turns the value meant into the value written.

The kinds, after R's ``deducorrect``: two adjacent digits swapped, one digit wrong, a digit dropped or
typed twice (or one extra), a thousands or decimal separator in the wrong place, a unit slip of ×1000,
and a sign typed by mistake. ``slip(written, meant)`` names the kind, or None; ``slips(value)`` lists
every value one slip away, for the search and for generated faults.

>>> slip(209.25, 20925)
'separator'
>>> slip(1.746, 1746), slip(1476, 1746), slip(1746, 1745), slip(176, 1746)
('separator', 'swap', 'digit', 'dropped')
"""

from __future__ import annotations

import math

from ..catalogue import Text

KINDS = ("swap", "digit", "dropped", "doubled", "separator", "unit", "sign")
REASONS = {
    "swap": Text("hai chữ số liền nhau bị đảo", "two adjacent digits swapped"),
    "digit": Text("gõ sai một chữ số", "one digit mistyped"),
    "dropped": Text("sót một chữ số", "a digit left out"),
    "doubled": Text("thừa một chữ số", "a digit typed twice or one too many"),
    "separator": Text(
        "đặt sai dấu phân cách hàng nghìn hoặc thập phân", "a thousands or decimal separator misplaced"
    ),
    "unit": Text("nhầm đơn vị (gấp hoặc kém 1.000 lần)", "a unit slip (1,000 times too big or small)"),
    "sign": Text("thừa dấu trừ", "a stray minus sign"),
}


def _digits(value: float, decimals: int = 6) -> str:
    text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", "")


def _edits(a: str, b: str) -> str | None:
    """The one edit between digit strings ``a`` (written) and ``b`` (meant), if there is exactly one."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return "digit"
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return "swap"
        return None
    if len(a) + 1 == len(b):
        return "dropped" if any(b[:i] + b[i + 1 :] == a for i in range(len(b))) else None
    if len(a) == len(b) + 1:
        return "doubled" if any(a[:i] + a[i + 1 :] == b for i in range(len(a))) else None
    return None


def slip(written: float, meant: float) -> str | None:
    """The kind of single slip that turns ``meant`` into ``written``, or None."""
    if written is None or meant is None or math.isnan(written) or math.isnan(meant) or written == meant:
        return None
    if written == -meant:
        return "sign"
    a, b = _digits(written), _digits(meant)
    whole = float(written).is_integer() and float(meant).is_integer()
    if whole and any(math.isclose(written, meant * f, rel_tol=1e-9) for f in (1000, 0.001)):
        return "unit"
    if a.strip("0") == b.strip("0") and a.strip("0"):
        return "separator"
    if written < 0 or meant < 0:
        return None
    return _edits(a, b)


def slips(value: float, whole: bool = True) -> dict[str, list[float]]:
    """Every value one slip away from ``value``, by kind (used to inject faults)."""
    out: dict[str, list[float | None]] = {k: [] for k in KINDS}
    digits = str(int(abs(value))) if whole else _digits(value)
    scale = 1 if whole else 10 ** (len(digits) - len(str(int(abs(value)))))

    def number(text: str) -> float | None:
        if not text or (len(text) > 1 and text[0] == "0"):
            return None
        return int(text) / scale

    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            out["swap"].append(number(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]))
    for i, d in enumerate(digits):
        for r in "0123456789":
            if r != d:
                out["digit"].append(number(digits[:i] + r + digits[i + 1 :]))
        if len(digits) > 1:
            out["dropped"].append(number(digits[:i] + digits[i + 1 :]))
        out["doubled"].append(number(digits[:i] + d + digits[i:]))
    if value:
        value = float(value)
        for power in (10, 100, 1000, 0.1, 0.01, 0.001):
            shifted = round(value * power, 6)
            out["separator"].append(shifted if not whole or shifted.is_integer() else None)
        out["unit"] += [value * 1000, value / 1000 if not whole or value % 1000 == 0 else None]
        out["sign"].append(-value)
    return {k: [v for v in vs if v is not None and v != value] for k, vs in out.items()}
