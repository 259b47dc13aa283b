"""Tables in the narrative: rows and columns with roles, read from the table rows of ``load_narrative``.

A Word table reaches the narrative frame as one row per table row (``kind == "table"``, cells joined by
" | "); a table flattened into text (a portal's statistics page saved as .txt or .pdf) does too, its header
line kept as one cell (:mod:`reformaudit.narrative.layout_text`). Consecutive table rows are one table:

- **header rows** come first (no number in them; one or two rows, "Trễ hạn" over "Tổng | %"); a row that
  numbers the columns ("(1) | (2) | (3)") is passed over;
- **columns** get a role from their header words, with the dossier states of
  :mod:`reformaudit.narrative.roles` (received, total, done, pending, early, ontime, early_ontime, late,
  cancelled, carried, new, online …): a column headed "%" or "Tỷ lệ" is a **percent** column, the rate of the
  count column it stands beside (or of the state its own words name: "Tỷ lệ đúng hạn (%)"); "Tổng", "Tổng số",
  "Cộng" head a **total** column; "STT" numbers rows and is no quantity;
- **rows** are data rows with a label; "Tổng", "Tổng cộng", "Toàn tỉnh", "Cộng" label a **total** row, "Tỷ
  lệ" a **percent** row, and a label opening with "-", "+" or "Trong đó" a sub-row.

Each cell keeps the block (row of the narrative frame) and the character span it was read from, so a finding
can point at it.

>>> import pandas as pd
>>> texts = ["Mức độ | Tổng | Đã xử lý | Chưa xử lý", "Mức 1, 2 | 268763 | 257141 | 11622",
...          "Mức 3 | 68544 | 61827 | 6717"]
>>> frame = pd.DataFrame({"kind": ["table"] * 3, "text": texts})
>>> table = find_tables(frame)[0]
>>> list(table.columns["role"])
['label', 'total', 'done', 'pending']
>>> table.value(0, 2), table.rows["label"].tolist()
(257141.0, ['Mức 1, 2', 'Mức 3'])
"""

from .cells import header_role, parse_cell, segment_header
from .claims import narrative_table_claims, table_claims
from .model import Table
from .read import find_tables, read_table
from .relations import TableClaim

__all__ = [
    "Table",
    "TableClaim",
    "find_tables",
    "header_role",
    "narrative_table_claims",
    "parse_cell",
    "read_table",
    "segment_header",
    "table_claims",
]
