"""Build findings of the built-in checks, whose wording lives in ``rules/checks.yaml``."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..catalogue.model import Severity
from ..findings import SEVERITY_ORDER, Area, Evidence, Finding


def check_finding(
    catalogue: Catalogue,
    check_id: str,
    fields: dict,
    evidence: list[Evidence],
    *,
    form: int | None = None,
    expected: float | None = None,
    actual: float | None = None,
    area: Area = "forms",
    severity: Severity | None = None,
) -> Finding:
    """``severity``: the level a finding's own evidence calls for (the narrative's policy); the rule's
    severity caps it, so a rules folder can still lower a check."""
    spec = catalogue.checks[check_id]
    if severity is None or SEVERITY_ORDER[severity] < SEVERITY_ORDER[spec.severity]:
        severity = spec.severity
    return Finding(
        rule=spec.id,
        severity=severity,
        title=spec.title,
        template=spec.message,
        fields=fields,
        evidence=evidence,
        expected=expected,
        actual=actual,
        form=form,
        area=area,
    )
