"""Regenerate the regression corpus of small bad files beside this script.

    python tests/data/bad/make_bad_files.py

Each file is small and stands for one way a report arrives broken, odd or hostile; tests/test_hostile.py
runs the installed command on every one of them.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import zipfile
from pathlib import Path

import yaml
from openpyxl import load_workbook

from reformaudit.testing import SINGLE_SHEET, write_workbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CONSISTENT = ROOT / "samples" / "consistent-2024-6t" / "bieu-mau.source.yaml"
NARRATIVE = ROOT / "samples" / "binh-phuoc-2023-6t" / "bao-cao.docx"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
)
XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def source() -> dict:
    return yaml.safe_load(CONSISTENT.read_text(encoding="utf-8"))


def workbook(name: str, src: dict | None = None) -> Path:
    return write_workbook(src or source(), HERE / name, SINGLE_SHEET)


def rewrite_part(path: Path, part: str, change) -> None:
    """Rewrite one XML part of a package in place."""
    data = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(data) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == part:
                body = change(body.decode("utf-8")).encode("utf-8")
            zout.writestr(item, body)
    path.write_bytes(out.getvalue())


def with_doctype(prefix: str):
    def change(xml: str) -> str:
        return prefix + re.sub(r"^<\?xml[^>]*\?>\s*", "", xml)

    return change


def edit_cells(path: Path, change) -> None:
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                new = change(cell.value)
                if new is not cell.value:
                    cell.value = new
    wb.save(path)


def main() -> None:
    rng = random.Random(20231)
    (HERE / "empty.xlsx").write_bytes(b"")
    (HERE / "not-a-zip.xlsx").write_text("STT;Chỉ tiêu;Số liệu\n1.4;Tổng số TTHC;1.746\n", encoding="utf-8")
    (HERE / "random.xlsx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    good = workbook("macro.xlsm")
    (HERE / "truncated.xlsx").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    shutil.copy(NARRATIVE, HERE / "word-renamed.xlsx")
    (HERE / "pdf-renamed.xlsx").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    (HERE / "legacy.xls").write_bytes(OLE + bytes(4088))
    (HERE / "encrypted.xlsx").write_bytes(
        OLE + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(3000)
    )

    for name, prefix in (("billion-laughs.xlsx", LAUGHS), ("external-entity.xlsx", XXE)):
        rewrite_part(workbook(name), "xl/workbook.xml", with_doctype(prefix))
    bomb = workbook("zip-bomb.xlsx")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/media/padding.bin", bytes(64 * 1024 * 1024))

    edit_cells(workbook("formula-no-cache.xlsx"), lambda v: "=SUM(D70:D72)" if v == "1.650" else v)
    edit_cells(
        workbook("excel-errors.xlsx"), lambda v: "#REF!" if v == 85 else "#DIV/0!" if v == "93,75" else v
    )
    edit_cells(
        workbook("text-numbers.xlsx"), lambda v: "khoảng một nghìn" if v == 1200 else "N/A" if v == 35 else v
    )

    src = source()
    form3 = next(f for f in src["forms"] if f["form"] == 3)
    form3["rows"].append(["1.4.1.", "Số TTHC cấp tỉnh", "Thủ tục", 1210, None])
    workbook("duplicate-codes.xlsx", src)
    src = source()
    src["forms"] = [f for f in src["forms"] if f["form"] not in (2, 5)]
    workbook("missing-forms.xlsx", src)
    src = source()
    next(f for f in src["forms"] if f["form"] == 4)["rows"].append(
        ["9.", "Số phòng họp trực tuyến tự thống kê thêm", "Phòng", 12, None]
    )
    workbook("unknown-rows.xlsx", src)
    src = source()
    src["forms"] = list(reversed(src["forms"]))
    workbook("forms-reversed.xlsx", src)
    hidden = workbook("hidden-sheet.xlsx")
    wb = load_workbook(hidden)
    wb.active.sheet_state = "hidden"
    wb.create_sheet("Hướng dẫn")["A1"] = "Xem trang tính ẩn"
    wb.active = 1
    wb.save(hidden)

    text = (ROOT / "samples" / "binh-phuoc-2023-6t" / "bao-cao.txt").read_text(encoding="utf-8")
    head = text[:3000]
    (HERE / "utf16.txt").write_bytes(head.encode("utf-16"))
    (HERE / "latin1.txt").write_bytes("Grüße aus München: 1.746 Einträge, 99,44 Prozent.".encode("latin-1"))
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (HERE / "nested-brackets.txt").write_text(
        "Tổng số 5 " + "(" * 20000 + "1" + ")" * 20000 + ".\n", encoding="utf-8"
    )
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 170, 250)  # drawing only, no text: a scan that was never OCRed
    scan.output(str(HERE / "scan.pdf"))

    docx = HERE / "billion-laughs.docx"
    shutil.copy(NARRATIVE, docx)
    rewrite_part(docx, "word/document.xml", with_doctype(LAUGHS))
    (HERE / "truncated.docx").write_bytes(NARRATIVE.read_bytes()[:5000])
    print("\n".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))


if __name__ == "__main__":
    main()
