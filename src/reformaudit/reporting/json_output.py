"""The JSON document described in docs/json-output.md; its shape is kept stable."""

from __future__ import annotations

import json
import math


def clean(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def render_json(result, lang: str = "vi", **_) -> str:
    return json.dumps(clean(result.to_dict(lang)), ensure_ascii=False, indent=2) + "\n"
