"""The narrative statements of the rules (what a sentence of the report says about one form's indicator) and the
bilingual texts every rule file writes."""

from __future__ import annotations

from pathlib import Path

from ..errors import RulesError
from .model import SEVERITIES, Statement, Text
from .schema import MESSAGE_FIELDS, STATEMENT_KEYS, check_fields, check_keys


def bilingual(value, path: Path, what: str) -> Text:
    if isinstance(value, str):
        return Text(value, value)
    if isinstance(value, dict) and "vi" in value:
        return Text(str(value["vi"]), str(value.get("en", value["vi"])))
    raise RulesError(f"{path}: {what} needs Vietnamese and English text ({{vi: ..., en: ...}})")


def _words(raw: dict, name: str, path: Path, statement_id: str) -> tuple[str, ...]:
    value = raw.get(name) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{path}: statement {statement_id}: {name!r} must be a list of phrases")
    return tuple(v.lower() for v in value)


def narrative_statement(raw: dict, templates: dict, path: Path) -> Statement:
    statement_id, indicator = raw.get("id"), raw.get("indicator")
    if not statement_id or not isinstance(indicator, str) or ":" not in indicator:
        raise RulesError(f"{path}: every statement needs an id and an indicator written FORM:CODE")
    check_keys(raw, STATEMENT_KEYS, path, f"statement {statement_id}", str(statement_id))
    template = templates.get("narrative_form", {})
    severity = raw.get("severity", template.get("severity", "error"))
    if severity not in SEVERITIES:
        raise RulesError(f"{path}: statement {statement_id}: severity must be one of {', '.join(SEVERITIES)}")
    part = raw.get("part")
    if part not in (None, "numerator", "denominator"):
        raise RulesError(f"{path}: statement {statement_id}: part must be numerator or denominator")
    states, level = _role(raw.get("role"), path, str(statement_id))
    message = bilingual(raw.get("message", template.get("message", "")), path, "message")
    check_fields(
        message, MESSAGE_FIELDS["narrative_form"], path, f"statement {statement_id}", str(statement_id)
    )
    return Statement(
        id=str(statement_id),
        indicator=indicator,
        severity=severity,
        title=bilingual(raw.get("title", template.get("title", statement_id)), path, "title"),
        message=message,
        **{
            name: _words(raw, name, path, statement_id)
            for name in ("section", "paragraph", "sentence", "before", "after", "exclude")
        },
        part=part,
        why=bilingual(raw["why"], path, "why") if raw.get("why") else None,
        states=states,
        level=level,
    )


def _role(raw, path: Path, statement_id: str) -> tuple[tuple[str, ...], str | None]:
    """``role: {state: done | [ontime, early_ontime], level: district}``: the number's role in the flow."""
    if raw is None:
        return (), None
    from ..narrative.roles import LEVEL_NAMES, STATE_NAMES

    if not isinstance(raw, dict) or set(raw) - {"state", "level"} or "state" not in raw:
        raise RulesError(f"{path}: statement {statement_id}: role takes state and level")
    states = (raw["state"],) if isinstance(raw["state"], str) else tuple(raw["state"])
    unknown = [s for s in states if s not in STATE_NAMES]
    if unknown:
        raise RulesError(
            f"{path}: statement {statement_id}: unknown state {unknown[0]!r}; one of {', '.join(STATE_NAMES)}"
        )
    level = raw.get("level")
    if level is not None and level not in LEVEL_NAMES:
        raise RulesError(f"{path}: statement {statement_id}: level must be one of {', '.join(LEVEL_NAMES)}")
    return states, level
