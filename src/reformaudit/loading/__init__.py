"""Loading: workbooks into tidy DataFrames that keep where every number came from."""

from .excel import read_grids
from .forms import load_forms
from .layout import find_tables
from .matching import normalise_code

__all__ = ["find_tables", "load_forms", "normalise_code", "read_grids"]
