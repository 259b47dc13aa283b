"""Reports across time and levels (docs/periods.md).

- :mod:`.period`: a period and its cut-off dates (Công văn 581/BNV-CCHC); :mod:`.header`: the period and
  unit a report states; :mod:`.validity`: rows and rules that hold for some periods (the 2025 reform);
- :mod:`.checks` and :mod:`.dates`: findings about one report's period;
- :mod:`.series` and :mod:`.claims`: a report against the same unit's other periods;
- :mod:`.rollup`: a province's report against its units' reports.
"""

from .period import Period, find_period, parse_period

__all__ = ["Period", "find_period", "parse_period"]
