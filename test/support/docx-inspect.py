"""Reads a DOCX with python-docx and prints what the draft tests check, as JSON."""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

d = docx.Document(sys.argv[1])
s = d.sections[0]
header_table = d.tables[0]
left, right = header_table.rows[0].cells


_defaults = d.styles.element.find(qn("w:docDefaults"))
_default_rpr = _defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if _defaults is not None else None


def _default_font():
    fonts = _default_rpr.find(qn("w:rFonts")) if _default_rpr is not None else None
    return fonts.get(qn("w:ascii")) if fonts is not None else None


def _default_size():
    sz = _default_rpr.find(qn("w:sz")) if _default_rpr is not None else None
    return int(sz.get(qn("w:val"))) / 2 if sz is not None else None


def font_of(run, paragraph):
    """The font Word uses: the run's own, else its paragraph style's (and their bases'), else the document default."""
    if run.font.name:
        return run.font.name
    style = paragraph.style
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    return _default_font()


def size_of(run, paragraph):
    """The size in points Word uses, looked up as font_of does."""
    if run.font.size:
        return run.font.size.pt
    style = paragraph.style
    while style is not None:
        if style.font.size:
            return style.font.size.pt
        style = style.base_style
    return _default_size()


def runs_of(cell):
    # A name in the header keeps its words together with no-break spaces (issue 8): the
    # words are what the tests read.
    return [
        {
            "text": r.text.replace("\u00a0", " "),
            "font": font_of(r, p),
            "size": size_of(r, p),
            "bold": r.font.bold,
            "italic": r.font.italic,
        }
        for p in cell.paragraphs
        for r in p.runs
        if r.text.strip()
    ]


def is_figure(text):
    return bool(text) and all(ch in "0123456789.,%–- " for ch in text)


def figure_columns(table):
    """Columns whose body cells all hold a figure ("–" and blanks aside), not school years."""
    rows = table.rows[1:]
    out = []
    for k in range(len(table.columns)):
        texts = [row.cells[k].text.strip() for row in rows]
        # Blanks, "–" and placeholders of empty cells ("[chưa có số liệu: …]") aside.
        texts = [t for t in texts if t not in ("", "–") and not t.startswith("[")]
        if texts and all(is_figure(t) and not (len(t) == 9 and t[4] == "-") for t in texts):
            out.append(k)
    return out


body = [p for p in d.paragraphs if p.text.strip()]
cell_paragraphs = [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
# The first body paragraph: the opening (argv[2], "Thực hiện" for the term report).
opening = sys.argv[2] if len(sys.argv) > 2 else "Thực hiện"
first_body = next(p for p in body if p.text.startswith(opening))
TITLES = ("BÁO CÁO", "NGHỊ QUYẾT")
tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
# The signature block is the last table: "Nơi nhận" on the left, the signer on the right.
recipients, signer = d.tables[-1].rows[0].cells


def page_field(header):
    """True when the header holds a PAGE field (simple or complex)."""
    xml = header._element.xml
    return 'w:instr="PAGE' in xml or ">PAGE<" in xml.replace(" ", "")
print(
    json.dumps(
        {
            "page": [round(s.page_width / Mm(1)), round(s.page_height / Mm(1))],
            "margins": [round(x / Mm(1)) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)],
            "differentFirstPage": s.different_first_page_header_footer,
            "headerLeft": runs_of(left),
            "headerRight": runs_of(right),
            "title": [
                {"text": r.text, "size": size_of(r, p), "bold": r.font.bold}
                for p in body
                if p.text in TITLES
                for r in p.runs
            ],
            "body": {
                "font": font_of(first_body.runs[0], first_body),
                "size": size_of(first_body.runs[0], first_body),
                "firstLineIndentMm": round(first_body.paragraph_format.first_line_indent / Mm(1)),
                "spaceAfterPt": first_body.paragraph_format.space_after.pt,
            },
            "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading")],
            "highlighted": [
                r.text
                for p in d.paragraphs + cell_paragraphs
                for r in p.runs
                if r.font.highlight_color is not None
            ],
            "tables": tables,
            "images": len(d.inline_shapes),
            "pageNumbers": {
                "first": page_field(s.first_page_header),
                "others": page_field(s.header),
            },
            "recipients": runs_of(recipients),
            # Word's spelling language of the document defaults (issue 8: vi-VN).
            "language": [
                el.get(qn("w:val"))
                for el in d.styles.element.iter(qn("w:lang"))
            ],
            # Rows that may break across pages (issue 8: none in content tables).
            "splittableRows": sum(
                1
                for t in d.tables[1:-1]
                for row in t.rows
                if row._tr.trPr is None or row._tr.trPr.find(qn("w:cantSplit")) is None
            ),
            # Cells of a column of figures, with their alignment (a lone figure among
            # sentences goes with its column: issue 8 aligns columns, not cells).
            "figureCells": [
                [c.text, str(c.paragraphs[0].alignment)]
                for t in d.tables[1:-1]
                for k in figure_columns(t)
                for row in t.rows[1:]
                for c in [row.cells[k]]
                if c.text.strip() not in ("", "–")
            ],
            "signer": runs_of(signer),
        },
        ensure_ascii=False,
    )
)
