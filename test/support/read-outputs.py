"""Reads many outputs in one process: every .xlsx with openpyxl, every .docx with python-docx.

Input: a JSON list of paths on stdin. Output: a JSON object {path: reason} of the files that
could not be read, or that hold a number that is not finite (openpyxl reads "Infinity" in a
<v> as a float) or the words NaN / Infinity / the sign for infinity in their text.
"""
import json
import math
import sys

import docx
import openpyxl

BAD_WORDS = ("NaN", "Infinity", "\u221e")


def bad_text(text):
    return next((w for w in BAD_WORDS if w in text), None)


def check_xlsx(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, float) and not math.isfinite(v):
                    return f"{ws.title}!{cell.coordinate} holds {v}"
                if isinstance(v, str) and bad_text(v) and cell.data_type == "n":
                    return f"{ws.title}!{cell.coordinate} holds {v!r}"
    return None


def check_docx(path):
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                texts.append(c.text)
    for s in d.sections:
        texts.extend(p.text for p in s.header.paragraphs)
        texts.extend(p.text for p in s.footer.paragraphs)
    for t in texts:
        w = bad_text(t)
        if w:
            return f"text holds {w}: {t[:80]!r}"
    return None


def main():
    failures = {}
    for path in json.load(sys.stdin):
        try:
            why = check_xlsx(path) if path.endswith(".xlsx") else check_docx(path)
        except Exception as e:  # noqa: BLE001 - any failure to read is the finding
            why = f"{type(e).__name__}: {e}"[:300]
        if why:
            failures[path] = why
    json.dump(failures, sys.stdout)


main()
