#!/usr/bin/env python3
"""Peer benchmark: python-docx (1.x) builds the same Word letters in one process.

Usage: benches/docx-peer.py N LETTER.docx...

Each LETTER.docx is a letter written by `circular render --format docx` (say the French and the
English TSB 92). Their content (paragraphs with their styles, runs, links, tables) is read once,
untimed; then python-docx builds N letters from nothing, taking the files in turn, as our writer
does: A4 and the margins, the named styles, the header table with its spanning addressee cell,
numbered paragraphs with tabs, bullets, the tables, the running head with a PAGE field, the core
properties; each letter is saved to memory. Prints the mean time per letter.

    target/release/circular render examples/u4ssc-7.yaml -o /tmp/tsb92.docx
    python3 benches/docx-peer.py 400 /tmp/tsb92-fr.docx /tmp/tsb92-en.docx
"""
import io
import sys
import time

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from docx.table import Table
from docx.text.hyperlink import Hyperlink

ALIGN = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}

# name: (size, bold, before, after, align, left indent, hanging, keep with next)
STYLES = {
    "Letterhead": (12.5, True, 0, 0, None, 0, 0, True),
    "Letterhead bureau": (9, True, 0, 0, None, 0, 0, True),
    "Place and date": (10, False, 12, 14, "right", 0, 0, False),
    "Header label": (10, False, 0, 0, None, 0, 0, False),
    "Header value": (10, False, 0, 0, None, 0, 0, False),
    "Recipient": (10, True, 0, 0, None, 0, 0, False),
    "Addressee": (10, False, 0, 0, None, 11, 11, False),
    "Subject": (10, True, 0, 0, None, 0, 0, False),
    "Salutation": (10, False, 20, 0, None, 0, 0, True),
    "Paragraph": (10, False, 7, 0, "both", 22, 22, False),
    "Paragraph continued": (10, False, 7, 0, "both", 22, 0, False),
    "Bullet": (10, False, 3, 0, "left", 36, 11, False),
    "Deadline date": (10, True, 0, 0, None, 0, 0, False),
    "Deadline action": (10, False, 0, 0, None, 11, 11, False),
    "Annex title": (11, True, 14, 0, "center", 0, 0, True),
    "Annex": (11, True, 14, 0, "center", 0, 0, True),
    "Closing": (10, False, 12, 0, None, 0, 0, True),
    "Signature": (10, False, 28, 0, None, 0, 0, True),
    "Annexes": (10, False, 18, 0, None, 0, 0, False),
}


def read(path):
    """The letter's blocks: ("p", style, runs) and ("t", style, rows of cells of paragraphs)."""
    source = Document(path)

    def paragraph(p):
        runs = []
        for item in p.iter_inner_content():
            if isinstance(item, Hyperlink):
                runs.append((item.text, False, False, item.address))
            else:
                runs.append((item.text, bool(item.bold), bool(item.italic), None))
        return (p.style.name, runs)

    blocks = []
    for item in source.iter_inner_content():
        if isinstance(item, Table):
            rows = [[[paragraph(p) for p in cell.paragraphs] for cell in row.cells]
                    for row in item.rows]
            blocks.append(("t", item.style.name, rows))
        else:
            blocks.append(("p",) + paragraph(item))
    props = source.core_properties
    head = [p.text for p in source.sections[0].header.paragraphs]
    return blocks, (props.title, props.subject, props.author, props.language), head


def styles(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name, (size, bold, before, after, align, left, hanging, keep) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing = Pt(size * 1.3)
        if align:
            fmt.alignment = ALIGN[align]
        if left:
            fmt.left_indent, fmt.first_line_indent = Pt(left), Pt(-hanging)
            fmt.tab_stops.add_tab_stop(Pt(left))
        fmt.keep_with_next = keep
    link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0, 0, 255)
    link.font.underline = True
    doc.styles["Annex"].paragraph_format.page_break_before = True
    doc.styles["Bullet"].base_style = doc.styles["List Bullet"]


def runs(doc, p, spans):
    for text, bold, italic, link in spans:
        if link is None:
            run = p.add_run(text)
            run.bold, run.italic = bold or None, italic or None
            continue
        rid = doc.part.relate_to(link, "http://schemas.openxmlformats.org/officeDocument/2006/"
                                 "relationships/hyperlink", is_external=True)
        element = OxmlElement("w:hyperlink")
        element.set(qn("r:id"), rid)
        run = p.add_run(text, style="Hyperlink")
        element.append(run._r)
        p._p.append(element)


def table(doc, style, rows):
    widths = {3: (76, 176, 230), 2: (76, 406)}[len(rows[0])]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.autofit = False
    for r, row in enumerate(rows):
        for c, paragraphs in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Pt(widths[c])
            if c == 2 and r > 0:
                continue
            first = True
            for pstyle, spans in paragraphs:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.style = doc.styles[pstyle] if pstyle in STYLES else None
                runs(doc, p, spans)
    if len(rows[0]) == 3 and len(rows) > 1:
        t.cell(0, 2).merge(t.cell(len(rows) - 1, 2))
    return t


def page_field(p):
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        run = p.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def build(blocks, props, head):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.bottom_margin = Mm(20)
    section.top_margin = Pt(48)
    section.different_first_page_header_footer = True
    styles(doc)
    number = section.header.paragraphs[0]
    number.add_run("- ")
    page_field(number)
    number.add_run(" -")
    section.header.add_paragraph(head[-1] if head else "")
    for block in blocks:
        if block[0] == "t":
            table(doc, block[1], block[2])
            continue
        _, pstyle, spans = block
        p = doc.add_paragraph(style=doc.styles[pstyle] if pstyle in STYLES else None)
        runs(doc, p, spans)
    core = doc.core_properties
    core.title, core.subject, core.author, core.language = props
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def main():
    count, letters = int(sys.argv[1]), [read(path) for path in sys.argv[2:]]
    build(*letters[0])  # warm up: imports, the default template
    start = time.perf_counter()
    size = 0
    for index in range(count):
        size += len(build(*letters[index % len(letters)]))
    elapsed = time.perf_counter() - start
    print(f"python-docx: {count} letters in {elapsed:.2f} s, {elapsed / count * 1000:.1f} ms a "
          f"letter, {size // count} bytes")


if __name__ == "__main__":
    main()
