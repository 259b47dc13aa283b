"""Read the catalogue from the ``rules/`` folder shipped with the package, plus users' own folders."""

from __future__ import annotations

import difflib
import functools
from datetime import date, datetime
from pathlib import Path

import yaml

from ..errors import RulesError
from ..guard import refuse
from .model import (
    KINDS,
    SEVERITIES,
    Catalogue,
    CheckSpec,
    FormSpec,
    Indicator,
    RefValue,
    Rule,
    Statement,
    Text,
    key,
)
from .schema import (
    CHECK_KEYS,
    INDICATOR_KEYS,
    OVER_TIME,
    RELATION_KEYS,
    ROLL_UP,
    TOP_KEYS,
    check_fields,
    check_keys,
    fields_of,
    unknown_check,
    where,
)
from .statements import bilingual, narrative_statement


def default_rules_dir() -> Path:
    """The rules inside an installed wheel, or the repository's ``rules/`` in a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "rules"


# libyaml's safe loader when PyYAML was built with it (its wheels are): ten times faster to start.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or exc.context or "?"
        raise refuse(
            f"{place}: lỗi cú pháp YAML: {problem}",
            f"{place}: YAML syntax error: {problem}",
            RulesError,
        ) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read rules file: {str(exc).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulesError(f"{path}: a rules file must be a mapping at the top level")
    return data


def _indicator(form: int, raw: dict, path: Path) -> Indicator:
    code = str(raw.get("code", "")).strip()
    check_keys(raw, INDICATOR_KEYS, path, f"indicator {code or '?'}")
    kind = raw.get("kind")
    if not code or kind not in KINDS:
        raise RulesError(f"{path}: indicator {code or '?'} needs a code and a kind among {', '.join(KINDS)}")
    choices = {int(k): str(v) for k, v in (raw.get("choices") or {}).items()}
    if kind == "choice" and not choices:
        raise RulesError(f"{path}: indicator {code} is a coded choice but lists no choices")
    return Indicator(
        form, code, str(raw.get("label", "")).strip(), kind, raw.get("unit"), choices, *_validity(raw, path)
    )


def _validity(raw: dict, path: Path) -> tuple[date | None, date | None]:
    """``valid_from`` and ``valid_to`` of an entry, as dates (YAML reads 2025-06-30 as one)."""
    out = []
    for name in ("valid_from", "valid_to"):
        value = raw.get(name)
        if value is not None and not (isinstance(value, date) and not isinstance(value, datetime)):
            raise refuse(
                f"{path}: {name}: “{value}” phải là một ngày viết YYYY-MM-DD, ví dụ 2025-06-30",
                f"{path}: {name}: '{value}' must be a date written YYYY-MM-DD, for example 2025-06-30",
                RulesError,
            )
        out.append(value)
    if out[0] and out[1] and out[0] > out[1]:
        place = where(path, "valid_from")
        raise refuse(
            f"{place}: valid_from ({out[0]}) sau valid_to ({out[1]})",
            f"{place}: valid_from ({out[0]}) is after valid_to ({out[1]})",
            RulesError,
        )
    return out[0], out[1]


def _qualify(ref: str | int | float, form: int | None, path: Path, rule_id: str) -> str:
    ref = str(ref).strip()
    if ":" in ref:
        return ref
    if form is None:
        raise RulesError(f"{path}: rule {rule_id}: write {ref!r} as FORM:CODE outside a form file")
    return key(form, ref)


def _relation_type(raw: dict, path: Path):
    """The relation type a rule names (:mod:`reformaudit.relations`), refused with the rule's place."""
    from ..relations import RELATIONS  # the types import the catalogue's model: not at the top

    rule_id, rtype = raw.get("id"), raw.get("type")
    if rule_id and rtype in RELATIONS:
        return RELATIONS[rtype]
    place = where(path, "type", str(rule_id)) if rule_id else str(path)
    known = ", ".join(RELATIONS)
    close = difflib.get_close_matches(str(rtype), list(RELATIONS), n=1)
    hint_vi, hint_en = (f"; có phải “{close[0]}”?", f"; did you mean '{close[0]}'?") if close else ("", "")
    raise refuse(
        f"{place}: mỗi quan hệ cần id và type là một trong: {known} (ghi {rtype!r}){hint_vi}",
        f"{place}: every relation needs an id and a type among {known} (got {rtype!r}){hint_en}",
        RulesError,
    )


def _refs(
    raw: dict, shapes: dict[str, type], form: int | None, path: Path, rule_id: str
) -> dict[str, RefValue]:
    """The indicators a rule names, each field one code or a non-empty list of codes as its type says."""
    refs: dict[str, RefValue] = {}
    for name, shape in shapes.items():
        value = raw.get(name)
        if shape is list and isinstance(value, list) and value:
            refs[name] = [_qualify(v, form, path, rule_id) for v in value]
        elif shape is str and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            refs[name] = _qualify(value, form, path, rule_id)
        else:
            place = where(path, name, rule_id) if name in raw else where(path, "type", rule_id)
            vi, en = ("một danh sách mã", "a list of codes") if shape is list else ("một mã", "a code")
            raise refuse(
                f"{place}: rule {rule_id}: {name!r} phải là {vi}" + ("" if name in raw else " (chưa ghi)"),
                f"{place}: rule {rule_id}: {name!r} must be {en}" + ("" if name in raw else " (missing)"),
                RulesError,
            )
    return refs


def _rule(raw: dict, form: int | None, templates: dict, path: Path) -> Rule:
    kind = _relation_type(raw, path)
    rule_id, rtype = str(raw["id"]), kind.kind
    refs = _refs(raw, kind.refs, form, path, rule_id)
    check_keys(raw, RELATION_KEYS | set(kind.refs), path, f"rule {rule_id}", rule_id)
    template = templates.get(rtype, {})
    severity = raw.get("severity", template.get("severity", "error"))
    if severity not in SEVERITIES:
        raise RulesError(f"{path}: rule {rule_id}: severity must be one of {', '.join(SEVERITIES)}")
    extra = {k: bilingual(v, path, k) for k, v in template.items() if k.startswith("message_")}
    params = {
        k: v
        for k, v in raw.items()
        if k not in {"id", "type", "severity", "title", "message", "why", "valid_from", "valid_to", *refs}
    }
    message = bilingual(raw.get("message", template.get("message", "")), path, f"rule {rule_id} message")
    valid = _validity(raw, path)
    for text in (message, *extra.values()):
        check_fields(text, set(kind.fields), path, f"rule {rule_id}", rule_id)
    return Rule(
        id=rule_id,
        type=rtype,
        severity=severity,
        title=bilingual(raw.get("title", template.get("title", rule_id)), path, f"rule {rule_id} title"),
        message=message,
        refs=refs,
        why=bilingual(raw["why"], path, f"rule {rule_id} why") if raw.get("why") else None,
        extra_messages=extra,
        params=params,
        source=str(path),
        valid_from=valid[0],
        valid_to=valid[1],
    )


def _check(raw: dict, path: Path, base: CheckSpec | None, known: list[str] | None) -> CheckSpec:
    """``known``: the checks a user's folder may override (None in the built-in folder, which defines them)."""
    check_id = raw.get("id")
    if not check_id:
        raise RulesError(f"{path}: every check needs an id")
    check_keys(raw, CHECK_KEYS, path, f"check {check_id}", str(check_id))
    if known is not None and base is None:
        raise unknown_check(path, str(check_id), known)
    severity = raw.get("severity", base.severity if base else "warning")
    if severity not in SEVERITIES:
        raise RulesError(f"{path}: check {check_id}: severity must be one of {', '.join(SEVERITIES)}")
    title = (
        bilingual(raw["title"], path, "title")
        if "title" in raw
        else (base.title if base else Text(check_id, check_id))
    )
    message = (
        bilingual(raw["message"], path, "message") if "message" in raw else (base.message if base else title)
    )
    if base is not None and "message" in raw:
        check_fields(message, fields_of(base.message), path, f"check {check_id}", str(check_id))
    return CheckSpec(str(check_id), severity, title, message)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.y*ml") if p.name != "templates.yaml")


def _entries(data: dict, section: str, path: Path) -> list[dict]:
    entries = data.get(section) or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise refuse(
            f"{path}: “{section}” phải là một danh sách các mục (- id: ...)",
            f"{path}: '{section}' must be a list of entries (- id: ...)",
            RulesError,
        )
    return entries


def _groups(data: dict, name: str, allowed: tuple[str, ...], path: Path) -> dict[str, list[str]]:
    """``name: {group: [FORM:CODE, …]}`` of a rules file (``over_time``, ``roll_up``)."""
    raw = data.get(name) or {}
    if not isinstance(raw, dict) or set(raw) - set(allowed):
        raise refuse(
            f"{path}: {name} chỉ nhận các nhóm {', '.join(allowed)}, mỗi nhóm một danh sách FORM:CODE",
            f"{path}: {name} takes the groups {', '.join(allowed)}, each a list of FORM:CODE",
            RulesError,
        )
    return {group: [str(ref) for ref in refs or []] for group, refs in raw.items()}


def _carry_over(data: dict, path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """``carry_over: {"3:1.4": {plus: ["3:1.2"], minus: ["3:1.3"]}}``: a stock and the flows that change it."""
    raw = data.get("carry_over") or {}
    entries = raw.values() if isinstance(raw, dict) else [None]
    if not all(isinstance(v, dict) and set(v) <= {"plus", "minus"} for v in entries):
        raise refuse(
            f"{path}: carry_over: mỗi mục là FORM:CODE: {{plus: [...], minus: [...]}}",
            f"{path}: carry_over: each entry is FORM:CODE: {{plus: [...], minus: [...]}}",
            RulesError,
        )
    return {
        str(stock): {side: tuple(str(r) for r in flows.get(side) or ()) for side in ("plus", "minus")}
        for stock, flows in raw.items()
    }


def _merge_folder(
    folder: Path,
    forms: dict,
    rules: dict,
    checks: dict,
    templates: dict,
    statements: dict,
    builtin: bool,
    over_time: dict,
    roll_up: dict,
    carry_over: dict,
) -> None:
    known = None if builtin else sorted(checks)
    for path in _yaml_files(folder):
        data = _read_yaml(path)
        check_keys(data, TOP_KEYS, path, "rules file")
        form = data.get("form")
        if form is not None:
            form = int(form)
            inds = [_indicator(form, i, path) for i in _entries(data, "indicators", path)]
            if inds or form not in forms:
                old = forms.get(form)
                merged = {i.code: i for i in (old.indicators if old else ())}
                merged.update({i.code: i for i in inds})
                if "title" in data:
                    title = bilingual(data["title"], path, "form title")
                elif old is not None:
                    title = old.title
                else:
                    place = where(path, "form")
                    raise refuse(
                        f"{place}: biểu {form} chưa có nên cần ghi title",
                        f"{place}: form {form} is new and needs a title",
                        RulesError,
                    )
                forms[form] = FormSpec(form, title, tuple(merged.values()))
        for raw in _entries(data, "relations", path):
            rule = _rule(raw, form, templates, path)
            rules[rule.id] = rule
        for raw in _entries(data, "checks", path):
            spec = _check(raw, path, checks.get(raw.get("id")), known)
            checks[spec.id] = spec
        for raw in _entries(data, "statements", path):
            statement = narrative_statement(raw, templates, path)
            statements[statement.id] = statement
        for nature, refs in _groups(data, "over_time", OVER_TIME, path).items():
            over_time.update(dict.fromkeys(refs, nature))
        for level, refs in _groups(data, "roll_up", ROLL_UP, path).items():
            roll_up[level] = tuple(dict.fromkeys([*roll_up.get(level, ()), *refs]))
        carry_over.update(_carry_over(data, path))


def _validate(cat: Catalogue) -> None:
    known = {i.key: i for i in cat.indicators()}
    for rule in cat.rules:
        for ref in rule.keys:
            if ref not in known:
                raise RulesError(f"{rule.source}: rule {rule.id} names {ref}, which no form defines")
            if not known[ref].has_value:
                raise RulesError(f"{rule.source}: rule {rule.id} names {ref}, a heading row without a value")
    flows = [r for sides in cat.carry_over.values() for refs in sides.values() for r in refs]
    for ref in [*cat.over_time, *(r for refs in cat.roll_up.values() for r in refs), *cat.carry_over, *flows]:
        if ref not in known:
            raise RulesError(f"over_time, roll_up or carry_over names {ref}, which no form defines")
    for statement in cat.statements:
        if statement.indicator not in known:
            raise RulesError(f"statement {statement.id} names {statement.indicator}, which no form defines")


@functools.lru_cache(maxsize=16)
def _load(folders: tuple[Path, ...]) -> Catalogue:
    base = folders[0]
    templates = _read_yaml(base / "templates.yaml")
    forms: dict[int, FormSpec] = {}
    rules: dict[str, Rule] = {}
    checks: dict[str, CheckSpec] = {}
    statements: dict[str, Statement] = {}
    over_time: dict[str, str] = {}
    roll_up: dict[str, tuple[str, ...]] = {}
    carry_over: dict[str, dict[str, tuple[str, ...]]] = {}
    for number, folder in enumerate(folders):
        if folder.is_file():
            raise refuse(
                f"{folder}: là một tệp; --rules cần thư mục chứa các tệp .yaml, ví dụ --rules {folder.parent}",
                f"{folder}: is a file; --rules needs the folder that holds .yaml files, for example --rules {folder.parent}",
                RulesError,
            )
        if not folder.is_dir():
            raise refuse(
                f"{folder}: không tìm thấy thư mục quy tắc; hãy kiểm tra đường dẫn của --rules",
                f"{folder}: rules folder not found; check the path given to --rules",
                RulesError,
            )
        _merge_folder(
            folder, forms, rules, checks, templates, statements, number == 0, over_time, roll_up, carry_over
        )
    cat = Catalogue(
        dict(sorted(forms.items())),
        list(rules.values()),
        checks,
        list(statements.values()),
        over_time=over_time,
        roll_up=roll_up,
        carry_over=carry_over,
    )
    _validate(cat)
    return cat


def load_catalogue(extra: list[str | Path] | tuple = ()) -> Catalogue:
    """The built-in catalogue, extended or overridden by each folder in ``extra``.

    >>> cat = load_catalogue()
    >>> sorted(cat.forms)
    [1, 2, 3, 4, 5, 6, 7]
    >>> cat.indicator("3:1.4").label
    'Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương'
    """
    return _load((default_rules_dir(), *(Path(p).resolve() for p in extra)))
