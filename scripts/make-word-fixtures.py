#!/usr/bin/env python3
"""Writes the Word-import fixtures of issue 16 (`policypress import`, `diff --from A.docx --to B.docx`).

    python3 scripts/make-word-fixtures.py               rewrites Tests/PolicyPressKitTests/Fixtures/word/
    python3 scripts/make-word-fixtures.py --out DIR     writes them to DIR instead (to compare two runs)
    python3 scripts/make-word-fixtures.py --zip-bomb PATH [--inflated-bytes N] [--declared-bytes N]
    python3 scripts/make-word-fixtures.py --large PATH [--megabytes N]

Python 3 standard library and the `pandoc` command (Debian's 2.17; the script stops on any other
version, since both the pandoc-made fixtures and the recorded outputs depend on it).

What it writes (Fixtures/word/README.md says what each file is and what an import must make of it):
- from the hand-written model policies in sources/*.md, through pandoc: model-styled.docx,
  model-styled-toc.docx (`--toc`), model-styled.odt, .rtf, .html, .rst (all from sources/safeguarding.md),
  behaviour-styled.docx, social-networking-styled.docx, oakfield-social-networking-2025.docx, medical-conditions-v1.docx
  and medical-conditions-v2.docx;
- hand-written OOXML (zipfile): no-heading-styles.docx, tracked-changes.docx,
  table-footnote-image-comment.docx, word-toc.docx, word-toc-sdt.docx, model-v1.docx, model-v2.docx,
  model-v1-copy.docx;
- hostile/: not-a-zip.docx, empty.docx, looks-like-doc.doc, encrypted.docx, truncated.docx, policy.pdf;
- expected-pandoc/: what pandoc 2.17 makes of every fixture (see EXPECTED below), and for each hostile
  file its exit status and message.

The zip bomb and the 50 MB document are never committed: tests make them in a temporary folder with
--zip-bomb and --large.

Every output is deterministic: zip entries carry a fixed time (2025-01-01 00:00) and fixed attributes
and are written in sorted order (an .odt keeps `mimetype` first, stored, as ODF requires); docProps
carry fixed dates; pandoc runs with SOURCE_DATE_EPOCH. Running the script twice gives identical bytes
(with the same zlib; another zlib build may deflate differently, which changes bytes but not content).
The package machinery (content types, relationships, docProps, the zip writer) and the pandoc calls are in
ooxml.py beside this script, shared with make-real-fixtures.py.
"""
import argparse
import base64
import hashlib
import io
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ooxml import (BUILT_IN_STYLES, CORE_PROPERTIES, CREATED, EXTENDED_PROPERTIES, MODIFIED,  # noqa: E402
                   OFFICE_DOCUMENT, REL, REL_TYPES, TOC_FIELD_BEGIN, TOC_FIELD_END, XML_HEAD, ZIP_TIME, app_xml,
                   check_pandoc_version, content_types_xml, core_xml, fail, hyperlink_relationship, notes_xml,
                   package_bytes, pandoc, part_relationship, png, relationships, style, toc_content_control,
                   toc_entry, zip_bytes)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "Tests/PolicyPressKitTests/Fixtures/word"
SOURCES = FIXTURES / "sources"


# ---------------------------------------------------------------------------------------------------
# Zip containers


def rezip(data, first_stored=None):
    """The same package with fixed times and sorted entries (pandoc's .odt carries the time it ran)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return zip_bytes(parts, first_stored)


# ---------------------------------------------------------------------------------------------------
# WordprocessingML, written by hand

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NAMESPACES = f'xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}" xmlns:pic="{NS_PIC}"'


def t(text):
    """A w:t element; keeps leading and trailing spaces."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def rpr(bold=False, italic=False, bold_form="<w:b/><w:bCs/>", size=None, style=None, extra=""):
    inner = ""
    if style:
        inner += f'<w:rStyle w:val="{style}"/>'
    if bold:
        inner += bold_form
    if italic:
        inner += "<w:i/><w:iCs/>"
    if size:
        inner += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    inner += extra
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def run(text, bold=False, italic=False, rsid=None, **kwargs):
    """A run of text; a tab character becomes <w:tab/>, as Word writes it."""
    attribute = f' w:rsidR="{rsid}"' if rsid else ""
    pieces = []
    for index, piece in enumerate(text.split("\t")):
        if index:
            pieces.append("<w:tab/>")
        if piece:
            pieces.append(t(piece))
    return f"<w:r{attribute}>{rpr(bold, italic, **kwargs)}{''.join(pieces)}</w:r>"


def para(*runs, style=None, num=None, align=None, ppr_extra="", rsid=None):
    """A paragraph. `num` is (numId, level) for a list item made with Word numbering."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr += ppr_extra
    attribute = f' w:rsidR="{rsid}" w:rsidRDefault="{rsid}"' if rsid else ""
    return f"<w:p{attribute}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def plain(text, **kwargs):
    return para(run(text), **kwargs)


def cell(width, *paragraphs):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{''.join(paragraphs)}</w:tc>")


def row(*cells, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def table(widths, *rows):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def section_properties(header_rel=None):
    reference = f'<w:headerReference w:type="default" r:id="{header_rel}"/>' if header_rel else ""
    return (f'<w:sectPr>{reference}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def document_xml(*blocks, header_rel=None):
    return (f"{XML_HEAD}<w:document {NAMESPACES}><w:body>{''.join(blocks)}"
            f"{section_properties(header_rel)}</w:body></w:document>")


NORMAL_STYLE = style("paragraph", "Normal", "Normal", ppr='<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>',
                     based_on=None, default=True, extra="<w:qFormat/>")
BASE_STYLES = [NORMAL_STYLE] + [BUILT_IN_STYLES[name] for name in
                                ("DefaultParagraphFont", "TableNormal", "NoList", "ListParagraph", "TableGrid")]

HEADING_STYLES = [
    style("paragraph", "Title", "Title", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
          '<w:contextualSpacing/>', rpr_='<w:sz w:val="56"/><w:szCs w:val="56"/>', extra="<w:next w:val=\"Normal\"/>"
          '<w:uiPriority w:val="10"/><w:qFormat/>'),
    style("paragraph", "Heading1", "heading 1", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" '
          'w:after="0"/><w:outlineLvl w:val="0"/>', rpr_='<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>',
          extra='<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'),
    style("paragraph", "Heading2", "heading 2", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="40" '
          'w:after="0"/><w:outlineLvl w:val="1"/>', rpr_='<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
          extra='<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'),
    style("character", "Hyperlink", "Hyperlink", based_on="DefaultParagraphFont",
          rpr_='<w:color w:val="0563C1"/><w:u w:val="single"/>', extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
]

NOTE_STYLES = [
    style("paragraph", "FootnoteText", "footnote text", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
          rpr_='<w:sz w:val="20"/><w:szCs w:val="20"/>', extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    BUILT_IN_STYLES["FootnoteReference"],
    style("character", "CommentReference", "annotation reference", based_on="DefaultParagraphFont",
          rpr_='<w:sz w:val="16"/><w:szCs w:val="16"/>', extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    style("paragraph", "CommentText", "annotation text", ppr='<w:spacing w:line="240" w:lineRule="auto"/>',
          rpr_='<w:sz w:val="20"/><w:szCs w:val="20"/>', extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    style("paragraph", "Header", "header", ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" '
          'w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
          extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
]

TOC_STYLES = [BUILT_IN_STYLES[name] for name in ("TOCHeading", "TOC1", "TOC2")]


def styles_xml(styles):
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" '
                'w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
                'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
                'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    return f"{XML_HEAD}<w:styles {NAMESPACES}>{defaults}{''.join(styles)}</w:styles>"


def numbering_xml():
    """numId 1: decimal "1." list; numId 2: bullet list. Word writes one abstractNum per list kind."""
    decimal_levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{"decimal" if level == 0 else "lowerLetter"}"/>'
        f'<w:lvlText w:val="%{level + 1}{"." if level == 0 else ")"}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for level in range(2))
    bullets = [("\uf0b7", "Symbol"), ("o", "Courier New")]  # as Word writes them: Symbol U+F0B7, then "o"
    bullet_levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (level + 1)}" w:hanging="360"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>'
        for level, (text, font) in enumerate(bullets))
    return (f"{XML_HEAD}<w:numbering {NAMESPACES}>"
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{decimal_levels}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{bullet_levels}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            "</w:numbering>")


def settings_xml(track_revisions=False, footnotes=False):
    track = "<w:trackRevisions/>" if track_revisions else ""
    notes = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if footnotes else "")
    return (f"{XML_HEAD}<w:settings {NAMESPACES}><w:zoom w:percent=\"100\"/>{track}"
            f'<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>{notes}'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')


def docx(document, styles, core, parts=None, extra_rels=(), media=None, words=0):
    """A .docx package. `parts` maps part names under word/ (numbering, footnotes, comments, header1,
    settings) to XML; `extra_rels` are (id, type, target, external) relationships of the document
    (hyperlinks, images); `media` maps word/media/NAME to bytes."""
    parts = dict(parts or {})
    parts.setdefault("word/settings.xml", settings_xml())
    files = {
        "word/document.xml": document,
        "word/styles.xml": styles,
        "docProps/core.xml": core,
        "docProps/app.xml": app_xml(company="Northshire County Council", minutes=12, words=words),
        **parts,
    }
    files["_rels/.rels"] = relationships([OFFICE_DOCUMENT, CORE_PROPERTIES, EXTENDED_PROPERTIES])
    document_rels = [part_relationship(f"rId{100 + index}", name)
                     for index, name in enumerate(sorted(parts)) if name in REL_TYPES]
    files["word/_rels/document.xml.rels"] = relationships(document_rels + list(extra_rels))
    files.update(media or {})
    return package_bytes(files, extra_defaults=[("png", "image/png")] if media else [])


# ---------------------------------------------------------------------------------------------------
# a. no-heading-styles.docx: a school's own adopted policy, typed in Normal style throughout


def no_heading_styles():
    blank = para()  # Word users press Enter twice; pandoc drops empty paragraphs
    heading = lambda *pieces, **kw: para(*(run(piece, bold=True, **kw) for piece in pieces))
    blocks = [
        para(run("Anti-Bullying Policy", bold=True, size=32), align="center"),
        plain("Oakfield Primary School", align="center"),
        blank,
        heading("1.", " Purpose"),  # Word split the heading into two runs, both bold
        para(run("Oakfield Primary School is committed to providing a caring, friendly and safe environment for "
                 "all of its pupils, so that they can learn in a relaxed and secure atmosphere. Bullying of any "
                 "kind is "), run("unacceptable", bold=True), run(" at our school.")),
        heading("2.\tScope"),  # number, tab, title: one bold run holding a <w:tab/>
        para(run("This policy applies to all pupils, staff, governors and volunteers. It also covers bullying "
                 "that happens "), run("outside school", bold=True),
             run(", on the way to or from school or online, when it affects a pupil\u2019s wellbeing in school.")),
        blank,
        plain("3. DEFINITION OF BULLYING"),  # all capitals, not bold
        plain("Bullying is behaviour by an individual or group, repeated over time, that intentionally hurts "
              "another individual or group, either physically or emotionally. It can take many forms, including:"),
        para(run("Physical", bold=True), run(": hitting, kicking or taking belongings;"), style="ListParagraph", num=(2, 0)),
        para(run("Verbal", bold=True), run(": name-calling, insults or threats;"), style="ListParagraph", num=(2, 0)),
        para(run("Emotional", bold=True), run(": leaving someone out or spreading rumours;"), style="ListParagraph", num=(2, 0)),
        para(run("Online", bold=True), run(" (cyber-bullying): messages, images or posts on social media, in games "
                                           "or on phones."), style="ListParagraph", num=(2, 0)),
        para(run("4. Roles and responsibilities", bold=True, bold_form='<w:b w:val="1"/>')),
        heading("4.1", " The Headteacher"),
        plain("The Headteacher, Mrs Priya Shah, makes sure that all staff know this policy and follow it, that "
              "incidents are recorded, and that the Governing Body receives a report on bullying each term."),
        heading("4.2 Staff"),
        para(run("All staff "), run("must", bold=True), run(" take every report of bullying seriously, listen to the "
             "pupil and act on it the same day."),
             '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'),
        para(run("Note:", bold=True), run(" parents and carers can raise a concern with any member of staff, or with "
                                          "the Chair of Governors, Mr Tom Evans, through the school office.")),
        blank,
        heading("5. Reporting and responding to bullying"),
        plain("When bullying is reported:"),
        plain("the member of staff who receives the report listens to the pupil and writes down what was said;",
              style="ListParagraph", num=(1, 0)),
        plain("the class teacher talks to the pupils involved and records the incident on the same day;",
              style="ListParagraph", num=(1, 0)),
        plain("the Headteacher contacts the parents or carers of every pupil involved;",
              style="ListParagraph", num=(1, 0)),
        plain("the pupils involved are supported, and the bullying is monitored until it has stopped.",
              style="ListParagraph", num=(1, 0)),
        para(run("All incidents of bullying must be recorded on the same day and reported to the Headteacher, who "
                 "will decide with the class teacher what further action to take.", bold=True)),
        blank,
        heading("6. Monitoring and review"),
        plain("This policy will be reviewed annually by the Governing Body."),
        plain("Approved by the Governing Body on 14 October 2025."),
        plain("Signed: Mr Tom Evans, Chair of Governors"),
    ]
    return docx(document_xml(*blocks), styles_xml(BASE_STYLES),
                core_xml("", "Oakfield Primary School", "Office Manager", CREATED, "2025-10-14T15:20:00Z", 7),
                parts={"word/numbering.xml": numbering_xml()}, words=420)


# ---------------------------------------------------------------------------------------------------
# b. tracked-changes.docx: four revisions nobody accepted or rejected (3 in the text, 1 in a table cell)


def insertion(revision_id, author, date, text):
    return f'<w:ins w:id="{revision_id}" w:author="{author}" w:date="{date}">{run(text)}</w:ins>'


def deletion(revision_id, author, date, text):
    return (f'<w:del w:id="{revision_id}" w:author="{author}" w:date="{date}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def tracked_changes():
    jane, mark = "Jane Clarke", "Mark Davies"
    blocks = [
        plain("Attendance Policy", style="Title"),
        plain("1. Introduction", style="Heading1"),
        para(run("Regular attendance is essential if pupils are to make the most of their education. "
                 "[Add school/setting or trust name] expects every pupil to attend every day that the school is open"),
             insertion(1, jane, "2025-02-03T10:15:00Z",
                       ", unless they are too ill to do so or have been given permission to be absent"),
             run(".")),
        plain("2. Expectations", style="Heading1"),
        para(run("Pupils should arrive by 8.45am. The register closes at 9.00am"),
             deletion(2, jane, "2025-02-03T10:17:00Z", " sharp"),
             run(", and a pupil who arrives after it has closed is recorded as late.")),
        para(run("Parents or carers must telephone the school office before 9.30am on the first day of any absence"),
             insertion(3, mark, "2025-02-10T14:02:00Z", " and on each day after that"),
             run(".")),
        plain("3. Following up absence", style="Heading1"),
        table([2500, 6516],
              row(cell(2500, plain("Day of absence")), cell(6516, plain("What the School/Academy does")), header=True),
              row(cell(2500, plain("First day")),
                  cell(6516, para(run("The office telephones "),
                                  deletion(4, mark, "2025-02-10T14:05:00Z", "or sends a text message to "),
                                  run("the parent or carer.")))),
              row(cell(2500, plain("Third day")),
                  cell(6516, plain("The Headteacher/Principal writes to the parent or carer."))),
              row(cell(2500, plain("Tenth day")),
                  cell(6516, plain("The school refers the pupil to the local authority\u2019s attendance service.")))),
        plain("4. Review", style="Heading1"),
        plain("This policy will be reviewed annually."),
    ]
    return docx(document_xml(*blocks), styles_xml(BASE_STYLES + HEADING_STYLES),
                core_xml("Model Attendance Policy 2023-24 (DRAFT)", "Northshire County Council", mark,
                         CREATED, "2025-02-10T14:05:00Z", 4),
                parts={"word/settings.xml": settings_xml(track_revisions=True)}, words=180)


# ---------------------------------------------------------------------------------------------------
# c. table-footnote-image-comment.docx


def logo_png():
    """A 32 x 32 school crest: a gold chevron on navy, on white."""
    def pixel(x, y):
        inside = 4 <= x < 28 and 2 <= y < 30 - max(0, abs(x - 16) - 6)
        if not inside:
            return (255, 255, 255)
        chevron = abs(y - (22 - abs(x - 16))) <= 2
        return (230, 180, 30) if chevron else (20, 40, 110)
    return png(32, 32, pixel)


def drawing(rel_id, name, description, emu=609600):
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{emu}" cy="{emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="1" name="{name}" descr="{escape(description)}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="crest.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="{emu}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            "</wp:inline></w:drawing></w:r>")


def footnote_reference(note_id):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def comments_xml(*comments):
    body = "".join(
        f'<w:comment w:id="{comment_id}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:annotationRef/></w:r>{run(text)}</w:p></w:comment>'
        for comment_id, author, initials, date, text in comments)
    return f"{XML_HEAD}<w:comments {NAMESPACES}>{body}</w:comments>"


def commented(comment_id, *runs):
    return (f'<w:commentRangeStart w:id="{comment_id}"/>{"".join(runs)}<w:commentRangeEnd w:id="{comment_id}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>')


def hyperlink(rel_id, text):
    return f'<w:hyperlink r:id="{rel_id}" w:history="1">{run(text, style="Hyperlink")}</w:hyperlink>'


def table_footnote_image_comment():
    bullet = lambda text: plain(text, style="ListParagraph", num=(2, 0))
    blocks = [
        para(drawing("rId201", "Picture 1", "Oakfield Primary School crest"), align="center"),
        plain("Online Safety Policy", style="Title"),
        plain("1. Introduction", style="Heading1"),
        para(run("Oakfield Primary School uses the internet and digital devices to support teaching and learning. "
                 "This policy follows the Department for Education\u2019s guidance on teaching online safety in "
                 "schools."), footnote_reference(1)),
        para(run("Advice for parents and staff is available from the "), hyperlink("rId202", "UK Safer Internet Centre"),
             run(".")),
        plain("2. Responsibilities", style="Heading1"),
        plain("The people responsible for online safety are:"),
        table([2500, 6516],
              row(cell(2500, para(run("Who", bold=True))), cell(6516, para(run("Responsibilities", bold=True))),
                  header=True),
              row(cell(2500, plain("Online safety lead")),
                  cell(6516, plain("Leads the online safety curriculum."),
                       plain("Checks the filtering and monitoring reports each week."))),
              row(cell(2500, plain("All staff")),
                  cell(6516, bullet("Read and sign the acceptable use agreement."),
                       bullet("Report any concern to the Designated Safeguarding Lead the same day."))),
              row(cell(2500, plain("Governors")), cell(6516, plain("Receive a report on online safety each term.")))),
        plain("3. Review", style="Heading1"),
        para(run("This policy will be reviewed "), commented(0, run("every year")), run(" by the Governing Body.")),
        plain("Approved by the Governing Body on 12 March 2025."),
    ]
    header_line = plain("Oakfield Primary School \u2013 Online Safety Policy", style="Header", align="right")
    header = f"{XML_HEAD}<w:hdr {NAMESPACES}>{header_line}</w:hdr>"
    parts = {
        "word/numbering.xml": numbering_xml(),
        "word/footnotes.xml": notes_xml("footnotes", [
            run(" Teaching online safety in schools, Department for Education, January 2023.")], NAMESPACES),
        "word/comments.xml": comments_xml(
            (0, "Jane Clarke", "JC", "2025-03-01T09:12:00Z",
             "Should this be every two years, to match the model policy?")),
        "word/header1.xml": header,
        "word/settings.xml": settings_xml(footnotes=True),
    }
    rels = [("rId201", f"{REL}/image", "media/image1.png", False),
            hyperlink_relationship("rId202", "https://saferinternet.org.uk/")]
    document = document_xml(*blocks, header_rel=f"rId{100 + sorted(parts).index('word/header1.xml')}")
    return docx(document, styles_xml(BASE_STYLES + HEADING_STYLES + NOTE_STYLES),
                core_xml("Online Safety Policy", "Jane Clarke", "Jane Clarke", CREATED, MODIFIED, 3),
                parts=parts, extra_rels=rels, media={"word/media/image1.png": logo_png()}, words=160)


# ---------------------------------------------------------------------------------------------------
# d. word-toc.docx and word-toc-sdt.docx: Word's own table of contents, a TOC field of hyperlinked entries


TOC_ENTRIES = [  # (level, text, bookmark, page)
    (1, "1. Introduction", "_Toc190000001", 2),
    (1, "2. Professional behaviour", "_Toc190000002", 2),
    (2, "2.1 Dress and appearance", "_Toc190000003", 3),
    (2, "2.2 Personal mobile phones", "_Toc190000004", 3),
    (1, "3. Confidentiality", "_Toc190000005", 4),
    (1, "4. Review", "_Toc190000006", 4),
]


def toc_paragraphs():
    """The TOC field's paragraphs: each entry's text is one Hyperlink run, its page at a dotted right tab."""
    paragraphs = []
    for index, (level, text, bookmark, page) in enumerate(TOC_ENTRIES):
        text_run = f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>{t(text)}</w:r>'
        opening = TOC_FIELD_BEGIN if index == 0 else ""
        paragraphs.append(para(opening + toc_entry(bookmark, page, text_run), style=f"TOC{level}",
                               ppr_extra='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
                                         '<w:rPr><w:noProof/></w:rPr>'))
    paragraphs.append(para(TOC_FIELD_END))
    return paragraphs


def toc_heading(level, text, bookmark, bookmark_id):
    return para(f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{bookmark}"/>{run(text)}'
                f'<w:bookmarkEnd w:id="{bookmark_id}"/>', style=f"Heading{level}")


def word_toc(content_control):
    headings = {text: (level, bookmark, index) for index, (level, text, bookmark, _) in enumerate(TOC_ENTRIES, 1)}
    heading = lambda text: toc_heading(headings[text][0], text, headings[text][1], headings[text][2])
    if content_control:
        # Word 2007 and later: the table of contents sits in a content control with a "TOC Heading" title.
        contents = toc_content_control(plain("Contents", style="TOCHeading"), toc_paragraphs())
    else:
        # An older or hand-made document: a bold "Contents" line, then the bare field.
        contents = para(run("Contents", bold=True)) + "".join(toc_paragraphs())
    blocks = [
        plain("Staff Code of Conduct", style="Title"),
        contents,
        para('<w:r><w:br w:type="page"/></w:r>'),
        heading("1. Introduction"),
        plain("This code sets out the standards of conduct expected of everyone who works at the School/Academy, "
              "whether paid or unpaid. It should be read with the Child Protection and Safeguarding Policy."),
        heading("2. Professional behaviour"),
        plain("Staff are role models for pupils and must behave in a way that keeps the trust of pupils, parents "
              "and colleagues, both in school and outside it."),
        heading("2.1 Dress and appearance"),
        plain("Staff dress in a way that is appropriate to their role and to the activity they are leading."),
        heading("2.2 Personal mobile phones"),
        plain("Personal phones are not used where pupils are present, except in an emergency or with the "
              "Headteacher/Principal\u2019s agreement."),
        heading("3. Confidentiality"),
        plain("Information about pupils and their families is shared only with those who need it to do their job."),
        heading("4. Review"),
        plain("This code will be reviewed every two years by the Governing Body/Board of Trustees."),
        plain("Approved by the Full Governing Body on 20 November 2024."),
    ]
    return docx(document_xml(*blocks), styles_xml(BASE_STYLES + HEADING_STYLES + TOC_STYLES),
                core_xml("Staff Code of Conduct", "Northshire County Council", "Northshire County Council",
                         CREATED, "2024-11-20T11:00:00Z", 5), words=230)


# ---------------------------------------------------------------------------------------------------
# e. model-v1.docx, model-v2.docx (one word changed) and model-v1-copy.docx (same text, other bytes)

V1_SENTENCE = ("Parents will be told in writing at least two weeks before any visit for which a voluntary "
               "contribution is requested.")
V2_SENTENCE = V1_SENTENCE.replace("at least two weeks", "at least four weeks")


def charging_policy(visit_sentence, split_run=False, modified=MODIFIED, revision=2, modified_by="Northshire County Council"):
    tuition = "Charges for individual instrumental tuition are set each year by the Governing Body."
    if split_run:
        # The same words in two runs with different revision ids, as Word writes text edited in two sessions.
        cut = tuition.index("mental")
        tuition_runs = [run(tuition[:cut], rsid="00A1B2C3"), run(tuition[cut:], rsid="00D4E5F6")]
    else:
        tuition_runs = [run(tuition)]
    blocks = [
        plain("Charging and Remissions Policy", style="Title"),
        plain("1. Introduction", style="Heading1"),
        plain("This policy sets out when [Add school/setting or trust name] may ask parents for a charge or a "
              "voluntary contribution, in line with the Education Act 1996."),
        plain("2. Educational visits", style="Heading1"),
        plain(visit_sentence),
        plain("No pupil will be left out of a visit because their parents cannot or will not contribute."),
        plain("3. Music tuition", style="Heading1"),
        para(*tuition_runs),
        plain("4. Review", style="Heading1"),
        plain("This policy will be reviewed every two years."),
        plain("Approved by the Governing Body on 12 March 2025."),
    ]
    return docx(document_xml(*blocks), styles_xml(BASE_STYLES + HEADING_STYLES),
                core_xml("Charging and Remissions Policy", "Northshire County Council", modified_by,
                         CREATED, modified, revision), words=110)


# ---------------------------------------------------------------------------------------------------
# Hostile files

CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
WORD_CLSID = struct.pack("<IHH8s", 0x00020906, 0, 0, bytes.fromhex("C000000000000046"))


def filler(label, size):
    """`size` bytes that look random and are the same on every run."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{label}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def cfb(streams, root_clsid=b"\0" * 16):
    """A Compound File Binary (OLE2, version 3, 512-byte sectors) holding `streams` [(name, bytes)] at its
    root, as old Word (.doc) and Word's password-protected .docx files are. Streams under 4096 bytes go
    in the mini stream, as the format requires. Enough of the format for any CFB reader to list the
    streams; the stream contents are only what each fixture says."""
    sector, mini, cutoff = 512, 64, 4096
    mini_stream, mini_fat, big = bytearray(), [], []
    placed = []  # (name, data, start, size, in_mini)
    for name, data in streams:
        if len(data) < cutoff:
            count = -(-len(data) // mini)
            start = len(mini_stream) // mini
            mini_fat += [start + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
            mini_stream += data + b"\0" * (count * mini - len(data))
            placed.append([name, data, start, len(data), True])
        else:
            placed.append([name, data, None, len(data), False])
            big.append(len(placed) - 1)

    def sectors(size):
        return -(-size // sector)

    entry_count = 1 + len(placed)
    directory_sectors = sectors(entry_count * 128)
    mini_fat_sectors = sectors(len(mini_fat) * 4) if mini_fat else 0
    mini_stream_sectors = sectors(len(mini_stream))
    big_sectors = [sectors(placed[i][3]) for i in big]
    others = directory_sectors + mini_fat_sectors + mini_stream_sectors + sum(big_sectors)
    fat_sectors = 1
    while (others + fat_sectors) > fat_sectors * (sector // 4):
        fat_sectors += 1
    if fat_sectors > 109:
        fail("cfb: too large for a header-only DIFAT")

    fat = [FATSECT] * fat_sectors
    next_sector = fat_sectors

    def chain(count):
        nonlocal next_sector
        start = next_sector
        fat.extend([start + i + 1 for i in range(count - 1)] + [ENDOFCHAIN])
        next_sector += count
        return start

    directory_start = chain(directory_sectors)
    mini_fat_start = chain(mini_fat_sectors) if mini_fat_sectors else ENDOFCHAIN
    mini_stream_start = chain(mini_stream_sectors) if mini_stream_sectors else ENDOFCHAIN
    for index, count in zip(big, big_sectors):
        placed[index][2] = chain(count)
    fat += [FREESECT] * (fat_sectors * (sector // 4) - len(fat))

    # The directory: the root, then each stream; a balanced binary tree in CFB order (length, then
    # upper-case), every node black.
    order = sorted(range(len(placed)), key=lambda i: (len(placed[i][0]), placed[i][0].upper()))
    left, right = {}, {}

    def tree(ids):
        if not ids:
            return NOSTREAM
        middle = len(ids) // 2
        node = ids[middle] + 1
        left[node], right[node] = tree(ids[:middle]), tree(ids[middle + 1:])
        return node

    root_child = tree(order)

    def entry(name, kind, left_id, right_id, child, clsid, start, size):
        encoded = (name + "\0").encode("utf-16-le") if name is not None else b""
        return struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1, left_id, right_id, child,
                           clsid, 0, 0, 0, start, size)

    directory = entry("Root Entry", 5, NOSTREAM, NOSTREAM, root_child, root_clsid, mini_stream_start, len(mini_stream))
    for index, (name, data, start, size, _) in enumerate(placed, start=1):
        directory += entry(name, 2, left[index], right[index], NOSTREAM, b"\0" * 16, start, size)
    while len(directory) % sector:
        directory += entry(None, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0)

    difat = [i for i in range(fat_sectors)] + [FREESECT] * (109 - fat_sectors)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", CFB_SIGNATURE, b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
                         0, fat_sectors, directory_start, 0, cutoff, mini_fat_start, mini_fat_sectors,
                         ENDOFCHAIN, 0) + struct.pack("<109I", *difat)

    def padded(data):
        return bytes(data) + b"\0" * (-len(data) % sector)

    body = struct.pack(f"<{len(fat)}I", *fat) + directory  # both fill whole sectors
    if mini_fat_sectors:  # the mini FAT's unused entries are FREESECT, not zero
        unused = (mini_fat_sectors * sector) // 4 - len(mini_fat)
        body += struct.pack(f"<{len(mini_fat) + unused}I", *mini_fat, *([FREESECT] * unused))
    body += padded(mini_stream)
    for index in big:
        body += padded(placed[index][1])
    return header + body


def word_97_doc():
    """looks-like-doc.doc: a CFB holding the streams of a Word 97-2003 document (WordDocument starting with
    the FIB's magic number 0xA5EC, 1Table, SummaryInformation). Not a readable Word document."""
    fib = struct.pack("<HHH", 0xA5EC, 0x00C1, 0x0409) + filler("WordDocument", 4096 + 512 - 6)
    summary = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + filler("SummaryInformation", 400)
    return cfb([("WordDocument", fib), ("1Table", filler("1Table", 1200)),
                ("\x05SummaryInformation", summary)], root_clsid=WORD_CLSID)


def encrypted_docx():
    """encrypted.docx: what Word writes for a .docx saved with a password: not a zip but a CFB whose
    EncryptionInfo stream holds an agile-encryption descriptor (version 4.4, XML) and whose
    EncryptedPackage stream holds the package's length and its AES ciphertext (here random bytes;
    the \\x06DataSpaces storage Word also writes is left out)."""
    def b64(label, size):
        return base64.b64encode(filler(label, size)).decode()
    descriptor = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        f'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{b64("salt", 16)}"/>'
        f'<dataIntegrity encryptedHmacKey="{b64("hmackey", 64)}" encryptedHmacValue="{b64("hmacvalue", 64)}"/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        f'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        f'saltValue="{b64("keysalt", 16)}" encryptedVerifierHashInput="{b64("verifier", 16)}" '
        f'encryptedVerifierHashValue="{b64("verifierhash", 64)}" encryptedKeyValue="{b64("key", 32)}"/>'
        "</keyEncryptor></keyEncryptors></encryption>")
    info = struct.pack("<HHI", 4, 4, 0x40) + descriptor.encode("utf-8")
    package_size = 11051
    package = struct.pack("<Q", package_size) + filler("EncryptedPackage", -(-package_size // 16) * 16)
    return cfb([("EncryptionInfo", info), ("EncryptedPackage", package)])


def minimal_pdf():
    """policy.pdf: a valid one-page PDF 1.4 (A4, Helvetica) with a title in its Info dictionary."""
    text = "Social Networking Policy"
    content = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET\n".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Title (" + text.encode() + b") /Producer (make-word-fixtures.py) /CreationDate (D:20250101000000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


NOT_A_ZIP = """Behaviour Policy

This file is plain text that someone renamed to .docx. It is not a zip package, so no Word
processor can open it.
"""


# ---------------------------------------------------------------------------------------------------
# Generated on request, never committed: the zip bomb and the 50 MB document


def raw_zip(path, entries):
    """Writes a zip at `path` from entries [(name, method, crc, compressed_size, size, chunks)], where
    `chunks` is an iterable of the entry's already-compressed bytes (method 8: raw deflate; 0: stored).
    Sizes are those written in the headers. No zip64: every size must stay under 4 GiB."""
    dos_time = (ZIP_TIME[3] << 11) | (ZIP_TIME[4] << 5) | (ZIP_TIME[5] // 2)
    dos_date = ((ZIP_TIME[0] - 1980) << 9) | (ZIP_TIME[1] << 5) | ZIP_TIME[2]
    central = bytearray()
    with open(path, "wb") as out:
        for name, method, crc, compressed_size, size, chunks in entries:
            offset = out.tell()
            encoded = name.encode("utf-8")
            fields = struct.pack("<HHHHHIII", 20, 0, method, dos_time, dos_date, crc, compressed_size, size)
            out.write(struct.pack("<I", 0x04034B50) + fields + struct.pack("<HH", len(encoded), 0) + encoded)
            for chunk in chunks:
                out.write(chunk)
            central += (struct.pack("<IH", 0x02014B50, 20) + fields
                        + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0))


def small_entry(name, text):
    data = text.encode("utf-8")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(data) + compressor.flush()
    return (name, 8, zlib.crc32(data), len(packed), len(data), [packed])


def package_entries(document_entry):
    """The parts every .docx needs around a given word/document.xml entry."""
    content_types = content_types_xml(["word/document.xml", "word/styles.xml"])
    return [
        small_entry("[Content_Types].xml", content_types),
        small_entry("_rels/.rels", relationships([OFFICE_DOCUMENT])),
        document_entry,
        small_entry("word/_rels/document.xml.rels", relationships([part_relationship("rId1", "word/styles.xml")])),
        small_entry("word/styles.xml", styles_xml(BASE_STYLES + HEADING_STYLES)),
    ]


DOCUMENT_HEAD = f"{XML_HEAD}<w:document {NAMESPACES}><w:body>"
DOCUMENT_TAIL = f"{section_properties()}</w:body></w:document>"


def write_zip_bomb(path, inflated_bytes=(1 << 30) + (1 << 20), declared_bytes=None):
    """Writes a zip bomb named like a Word file: a valid-looking .docx whose word/document.xml inflates to
    at least `inflated_bytes` (default 1 GiB + 1 MiB) of repeated paragraphs while the file stays near
    1/670 of that (about 1.6 MB for 1 GiB; deflate's best ratio is about 1032:1).

    How: one 1 MiB block of paragraphs is deflated once from a fresh state and ended with a full flush
    (byte-aligned, no back-references before its start), so the same compressed bytes can be written
    again and again; the head and the tail are deflated the same way, the tail ending the stream. The
    CRC-32 is computed over the real inflated text, so the entry is correct: it is a bomb only by size.
    `declared_bytes`, when given, is the uncompressed size written in the zip headers instead of the true
    one (a lying header, which makes the entry fail its size check only once inflated), so that a test
    can check that a reader bounds what it actually inflates, not what the header claims."""
    if inflated_bytes >= 1 << 32:
        fail("--inflated-bytes must stay under 4 GiB (this writer does not write zip64)")

    def deflated(data, final):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)

    head, tail = DOCUMENT_HEAD.encode(), DOCUMENT_TAIL.encode()
    # Each 1 MiB block: one paragraph of text, then empty paragraphs (<w:p/>: a 6-byte period deflates
    # about 670:1, where a paragraph of text repeated deflates only about 300:1).
    paragraph = para(run("Staff must report any concern about a child to the Designated Safeguarding Lead.")).encode()
    block = paragraph + b"<w:p/>" * (((1 << 20) - len(paragraph)) // 6)
    repeats = -(-(inflated_bytes - len(head) - len(tail)) // len(block))
    size = len(head) + repeats * len(block) + len(tail)
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    packed_head, packed_block, packed_tail = deflated(head, False), deflated(block, False), deflated(tail, True)
    compressed_size = len(packed_head) + repeats * len(packed_block) + len(packed_tail)

    def chunks():
        yield packed_head
        for _ in range(repeats):
            yield packed_block
        yield packed_tail

    entry = ("word/document.xml", 8, crc, compressed_size, size if declared_bytes is None else declared_bytes, chunks())
    raw_zip(path, package_entries(entry))
    return size


def write_large_docx(path, megabytes=50):
    """Writes a valid .docx of about `megabytes` MB (default 50) on disk: word/document.xml is stored
    uncompressed (Word reads stored parts) and holds numbered paragraphs of ordinary policy text under a
    heading every 100 paragraphs, so the file and its XML are both that large."""
    sentences = [
        "Staff must report any concern about a child to the Designated Safeguarding Lead the same day.",
        "The Governing Body reviews the arrangements for safeguarding each year and reports on them.",
        "Visitors sign in at the school office and wear a badge while they are on the site.",
        "Records of concerns are kept securely and separately from the pupil's main file.",
    ]
    target = megabytes * 1000 * 1000
    head, tail = DOCUMENT_HEAD.encode(), DOCUMENT_TAIL.encode()
    pieces, size, number = [head], len(head) + len(tail), 0
    while size < target:
        if number % 100 == 0:
            piece = plain(f"{number // 100 + 1}. Section {number // 100 + 1}", style="Heading1").encode()
        else:
            piece = plain(f"{number}. {sentences[number % len(sentences)]}").encode()
        pieces.append(piece)
        size += len(piece)
        number += 1
    pieces.append(tail)
    crc = 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
    raw_zip(path, package_entries(("word/document.xml", 0, crc, size, size, pieces)))
    return number


# ---------------------------------------------------------------------------------------------------
# pandoc

# (fixture, pandoc reader, extra recordings); every fixture is recorded as NAME.plain, NAME.nowrap.plain,
# NAME.gfm, NAME.nowrap.gfm and NAME.standalone.gfm (-s --wrap=none: with the metadata block); extras add
# NAME.all.plain/.gfm (--track-changes=all) and NAME.reject.plain/.gfm (--track-changes=reject).
EXPECTED = [
    ("sources/safeguarding.md", "gfm", []),
    ("sources/behaviour.md", "gfm", []),
    ("sources/social-networking.md", "gfm", []),
    ("sources/oakfield-social-networking-2025.md", "gfm", []),
    ("sources/medical-conditions-v1.md", "gfm", []),
    ("sources/medical-conditions-v2.md", "gfm", []),
    ("model-styled.docx", "docx", []),
    ("model-styled-toc.docx", "docx", []),
    ("model-styled.odt", "odt", []),
    ("model-styled.rtf", "rtf", []),
    ("model-styled.html", "html", []),
    ("model-styled.rst", "rst", []),
    ("behaviour-styled.docx", "docx", []),
    ("social-networking-styled.docx", "docx", []),
    ("oakfield-social-networking-2025.docx", "docx", []),
    ("medical-conditions-v1.docx", "docx", []),
    ("medical-conditions-v2.docx", "docx", []),
    ("no-heading-styles.docx", "docx", []),
    ("tracked-changes.docx", "docx", ["all", "reject"]),
    ("table-footnote-image-comment.docx", "docx", ["all"]),
    ("word-toc.docx", "docx", []),
    ("word-toc-sdt.docx", "docx", []),
    ("model-v1.docx", "docx", []),
    ("model-v2.docx", "docx", []),
    ("model-v1-copy.docx", "docx", []),
]
HOSTILE = ["not-a-zip.docx", "empty.docx", "looks-like-doc.doc", "encrypted.docx", "truncated.docx", "policy.pdf"]


def record_pandoc(out):
    expected = out / "expected-pandoc"
    if expected.exists():
        shutil.rmtree(expected)
    (expected / "hostile").mkdir(parents=True)
    for name, reader, extras in EXPECTED:
        stem = Path(name).name
        runs = {
            f"{stem}.plain": ["-f", reader, "-t", "plain"],
            f"{stem}.nowrap.plain": ["-f", reader, "-t", "plain", "--wrap=none"],
            f"{stem}.gfm": ["-f", reader, "-t", "gfm"],
            f"{stem}.nowrap.gfm": ["-f", reader, "-t", "gfm", "--wrap=none"],
            f"{stem}.standalone.gfm": ["-s", "-f", reader, "-t", "gfm", "--wrap=none"],
        }
        for extra in extras:
            runs[f"{stem}.{extra}.plain"] = ["-f", reader, "-t", "plain", f"--track-changes={extra}"]
            runs[f"{stem}.{extra}.gfm"] = ["-f", reader, "-t", "gfm", f"--track-changes={extra}"]
        for output, args in runs.items():
            (expected / output).write_bytes(pandoc(*args, name, cwd=out).stdout)
    for name in HOSTILE:
        report = ""
        for args in (["-f", "docx", "-t", "plain"], ["-t", "plain"]):  # named as Word, then by extension
            result = pandoc(*args, f"hostile/{name}", cwd=out, check=False)
            report += (f"$ pandoc {' '.join(args)} hostile/{name}\nexit status: {result.returncode}\n"
                       f"stdout:\n{result.stdout.decode(errors='replace')}"
                       f"stderr:\n{result.stderr.decode(errors='replace')}\n")
        (expected / "hostile" / f"{name}.txt").write_text(report)


# ---------------------------------------------------------------------------------------------------


def write_fixtures(out):
    check_pandoc_version()
    out.mkdir(parents=True, exist_ok=True)
    if out.resolve() != FIXTURES.resolve():
        if (out / "sources").exists():
            shutil.rmtree(out / "sources")
        shutil.copytree(SOURCES, out / "sources")
    written = {}

    def convert(source, target, writer, *args, first_stored=None):
        temporary = out / f".{target}.tmp"
        pandoc("-f", "markdown", "-t", writer, *args, "-o", temporary.name, f"sources/{source}", cwd=out)
        data = temporary.read_bytes()
        temporary.unlink()
        written[target] = rezip(data, first_stored) if first_stored else data

    convert("safeguarding.md", "model-styled.docx", "docx")
    convert("safeguarding.md", "model-styled-toc.docx", "docx", "--toc")
    convert("safeguarding.md", "model-styled.odt", "odt", first_stored="mimetype")
    convert("safeguarding.md", "model-styled.rtf", "rtf", "-s")
    convert("safeguarding.md", "model-styled.html", "html", "-s")
    # At the default 72 columns pandoc 2.17's rst writer breaks "Headteacher/Principal" inside a table
    # cell as "Head" / "teacher/Principal", which reads back as two words; 80 columns keeps every word.
    convert("safeguarding.md", "model-styled.rst", "rst", "-s", "--columns=80")
    convert("behaviour.md", "behaviour-styled.docx", "docx")
    convert("social-networking.md", "social-networking-styled.docx", "docx")
    convert("oakfield-social-networking-2025.md", "oakfield-social-networking-2025.docx", "docx")
    # Two years of one model, for `import FILE --update POLICY`: v2 renames, moves, adds and removes sections.
    convert("medical-conditions-v1.md", "medical-conditions-v1.docx", "docx")
    convert("medical-conditions-v2.md", "medical-conditions-v2.docx", "docx")

    written["no-heading-styles.docx"] = no_heading_styles()
    written["tracked-changes.docx"] = tracked_changes()
    written["table-footnote-image-comment.docx"] = table_footnote_image_comment()
    written["word-toc.docx"] = word_toc(content_control=False)
    written["word-toc-sdt.docx"] = word_toc(content_control=True)
    written["model-v1.docx"] = charging_policy(V1_SENTENCE)
    written["model-v2.docx"] = charging_policy(V2_SENTENCE, modified="2025-09-01T09:00:00Z", revision=3)
    written["model-v1-copy.docx"] = charging_policy(V1_SENTENCE, split_run=True, modified="2025-06-30T12:00:00Z",
                                                    revision=3, modified_by="Office Manager")

    whole = written["model-v1.docx"]
    written["hostile/not-a-zip.docx"] = NOT_A_ZIP.encode()
    written["hostile/empty.docx"] = b""
    written["hostile/looks-like-doc.doc"] = word_97_doc()
    written["hostile/encrypted.docx"] = encrypted_docx()
    written["hostile/truncated.docx"] = whole[:len(whole) // 2]
    written["hostile/policy.pdf"] = minimal_pdf()

    (out / "hostile").mkdir(exist_ok=True)
    for name, data in written.items():
        (out / name).write_bytes(data)
    record_pandoc(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder to write the fixtures to")
    parser.add_argument("--zip-bomb", type=Path, metavar="PATH", help="write only a zip bomb named .docx at PATH")
    parser.add_argument("--inflated-bytes", type=int, default=(1 << 30) + (1 << 20),
                        help="what the bomb's word/document.xml inflates to (default 1 GiB + 1 MiB)")
    parser.add_argument("--declared-bytes", type=int, default=None,
                        help="the uncompressed size the bomb's zip headers claim (default: the true size)")
    parser.add_argument("--large", type=Path, metavar="PATH", help="write only a large valid .docx at PATH")
    parser.add_argument("--megabytes", type=int, default=50, help="size of the --large document (default 50)")
    options = parser.parse_args()
    if options.zip_bomb or options.large:
        if options.zip_bomb:
            size = write_zip_bomb(options.zip_bomb, options.inflated_bytes, options.declared_bytes)
            print(f"{options.zip_bomb}: {options.zip_bomb.stat().st_size} bytes, word/document.xml inflates to {size}")
        if options.large:
            paragraphs = write_large_docx(options.large, options.megabytes)
            print(f"{options.large}: {options.large.stat().st_size} bytes, {paragraphs} paragraphs")
        return
    write_fixtures(options.out)


if __name__ == "__main__":
    main()
