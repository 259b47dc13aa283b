"""Registered cross-checks: functions that read the loaded report and yield findings.

Checks that pandera cannot express (notes, units, the shape of the workbook) are plain generator
functions registered by name::

    @register_check("units")
    def check_units(report):
        yield ...

``run_checks`` runs them all (or the ones named) in registration order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..findings import Finding

CheckFunction = Callable[["object"], Iterator[Finding]]
_CHECKS: dict[str, CheckFunction] = {}


def register_check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    def decorate(fn: CheckFunction) -> CheckFunction:
        if name in _CHECKS and _CHECKS[name] is not fn:
            raise ValueError(f"a check named {name!r} is already registered")
        _CHECKS[name] = fn
        return fn

    return decorate


def registered_checks() -> dict[str, CheckFunction]:
    return dict(_CHECKS)


def run_checks(report, names: list[str] | None = None) -> Iterator[Finding]:
    for name, fn in _CHECKS.items():
        if names is None or name in names:
            yield from fn(report)
