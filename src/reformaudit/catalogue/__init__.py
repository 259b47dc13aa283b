"""The forms, relations and checks as data (``rules/``), and how they are read."""

from .load import default_rules_dir, load_catalogue
from .model import Catalogue, CheckSpec, FormSpec, Indicator, Rule, Statement, Text, key, split_key

__all__ = [
    "Catalogue",
    "CheckSpec",
    "FormSpec",
    "Indicator",
    "Rule",
    "Statement",
    "Text",
    "default_rules_dir",
    "key",
    "load_catalogue",
    "split_key",
]
