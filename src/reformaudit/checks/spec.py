"""Build findings of the built-in checks, whose wording lives in ``rules/checks.yaml``."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..findings import Evidence, Finding


def check_finding(
    catalogue: Catalogue,
    check_id: str,
    fields: dict,
    evidence: list[Evidence],
    *,
    form: int | None = None,
    expected: float | None = None,
    actual: float | None = None,
    area: str = "forms",
) -> Finding:
    spec = catalogue.checks[check_id]
    return Finding(
        rule=spec.id,
        severity=spec.severity,
        title=spec.title,
        template=spec.message,
        fields=fields,
        evidence=evidence,
        expected=expected,
        actual=actual,
        form=form,
        area=area,
    )
