"""What make-word-fixtures.py and make-real-fixtures.py share: the Office Open XML package machinery, the few
pieces of WordprocessingML both write alike, and the pandoc both record the fixtures with.

- The package: the XML declaration Word writes; the content type and relationship type of each part the
  hand-written .docx fixtures use; [Content_Types].xml, the package's relationships and a part's
  relationships file; docProps/core.xml and docProps/app.xml, and the fixed dates they carry; a
  deterministic zip writer (a fixed time and MS-DOS attributes on every entry, [Content_Types].xml first
  and the rest sorted); a small PNG writer for the pictures.
- WordprocessingML: a style definition, the built-in Word styles both write identically, a complex field,
  the pieces of Word's table of contents, and a footnotes or endnotes part. The rest (runs, paragraphs,
  tables, the other styles) each script writes in the shape of the producer it copies.
- pandoc: the version the recorded outputs depend on, a run with a fixed SOURCE_DATE_EPOCH, the check of
  the installed version, and `fail`, which stops the running script with a message.

Python 3 standard library only.
"""
import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from xml.dom import minidom
from xml.sax.saxutils import escape

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# Dates written into docProps by the hand-made files (Word writes them in UTC, to the second).
CREATED = "2024-09-02T08:30:00Z"
MODIFIED = "2025-03-12T16:45:00Z"

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CORE_PROPERTIES_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

CONTENT_TYPES = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    "word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
    "word/webSettings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml",
    "word/fontTable.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
    "word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
    "word/footnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "word/endnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
    "word/comments.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    "word/header1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "word/header2.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "word/footer1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    "word/footer2.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
REL_TYPES = {
    "word/styles.xml": f"{REL}/styles",
    "word/settings.xml": f"{REL}/settings",
    "word/webSettings.xml": f"{REL}/webSettings",
    "word/fontTable.xml": f"{REL}/fontTable",
    "word/numbering.xml": f"{REL}/numbering",
    "word/footnotes.xml": f"{REL}/footnotes",
    "word/endnotes.xml": f"{REL}/endnotes",
    "word/comments.xml": f"{REL}/comments",
    "word/header1.xml": f"{REL}/header",
    "word/header2.xml": f"{REL}/header",
    "word/footer1.xml": f"{REL}/footer",
    "word/footer2.xml": f"{REL}/footer",
}

# The package's own relationships (_rels/.rels), each (id, type, target, external).
OFFICE_DOCUMENT = ("rId1", f"{REL}/officeDocument", "word/document.xml", False)
CORE_PROPERTIES = ("rId2", CORE_PROPERTIES_REL, "docProps/core.xml", False)
EXTENDED_PROPERTIES = ("rId3", f"{REL}/extended-properties", "docProps/app.xml", False)

# The root elements of docProps/core.xml and docProps/app.xml, with the namespaces Word declares.
CORE_ROOT = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')
APP_ROOT = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">')


# ---------------------------------------------------------------------------------------------------
# Relationships and content types


def double_quoted(value):
    """An attribute value in double quotes, with &, < and > escaped (what make-word-fixtures.py writes)."""
    return f'"{escape(value)}"'


def relationships(entries, quote=double_quoted):
    """A relationships part of (id, type, target, external) entries; `quote` writes each quoted Target."""
    # make-word-fixtures.py writes targets with double_quoted, make-real-fixtures.py with
    # xml.sax.saxutils.quoteattr (which also escapes quotes and white space).
    external_mode = ' TargetMode="External"'
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target={quote(target)}'
        f'{external_mode if external else ""}/>'
        for rid, kind, target, external in entries)
    return (f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{body}</Relationships>")


def part_relationship(rel_id, name):
    """The document's relationship to one of its parts (a name under word/ in REL_TYPES)."""
    return (rel_id, REL_TYPES[name], name[len("word/"):], False)


def hyperlink_relationship(rel_id, target):
    """A relationship to a web address, for a w:hyperlink's r:id."""
    return (rel_id, f"{REL}/hyperlink", target, True)


def content_types_xml(names, extra_defaults=()):
    """[Content_Types].xml for the parts `names`; `extra_defaults` are more (extension, content type)."""
    defaults = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>')
    defaults += "".join(f'<Default Extension="{extension}" ContentType="{kind}"/>'
                        for extension, kind in extra_defaults)
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{CONTENT_TYPES[name]}"/>'
                        for name in sorted(names) if name in CONTENT_TYPES)
    return (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f"{defaults}{overrides}</Types>")


# ---------------------------------------------------------------------------------------------------
# docProps


def core_xml(title, creator, modified_by, created, modified, revision, subject="", keywords="", description=""):
    """docProps/core.xml as Word writes it."""
    return (f"{XML_HEAD}{CORE_ROOT}"
            f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
            f"<dc:creator>{escape(creator)}</dc:creator><cp:keywords>{escape(keywords)}</cp:keywords>"
            f"<dc:description>{escape(description)}</dc:description>"
            f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>{revision}</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def app_xml(company, minutes, pages=1, words=0, application="Microsoft Office Word", version="16.0000",
            template="Normal.dotm"):
    """docProps/app.xml as Word writes it; `minutes` is the total editing time."""
    return (f"{XML_HEAD}{APP_ROOT}"
            f"<Template>{template}</Template><TotalTime>{minutes}</TotalTime>"
            f"<Pages>{pages}</Pages><Words>{words}</Words>"
            f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
            f"<Company>{escape(company)}</Company><AppVersion>{version}</AppVersion></Properties>")


# ---------------------------------------------------------------------------------------------------
# The zip container


def zip_info(name, compress=zipfile.ZIP_DEFLATED):
    """A zip entry's header: a fixed time, MS-DOS attributes (as Word writes them), no permissions."""
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = compress
    info.create_system = 0
    info.external_attr = 0
    return info


def zip_order(name):
    """The sort key of a zip entry: [Content_Types].xml first, as Word writes it, then by name."""
    return (name != "[Content_Types].xml", name)


def zip_bytes(parts, first_stored=None):
    """A zip of `parts` (name -> bytes) in zip_order; `first_stored` is written first, uncompressed."""
    # first_stored is for an ODF package, whose `mimetype` must come first and be stored.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        names = sorted(parts, key=zip_order)
        if first_stored is not None:
            names.remove(first_stored)
            archive.writestr(zip_info(first_stored, zipfile.ZIP_STORED), parts[first_stored])
        for name in names:
            archive.writestr(zip_info(name), parts[name])
    return buffer.getvalue()


def encoded_parts(files):
    """`files` (name -> str or bytes) as bytes; every str part must be well-formed XML, and is UTF-8."""
    encoded = {}
    for name, content in files.items():
        if isinstance(content, str):
            minidom.parseString(content.encode("utf-8"))
            content = content.encode("utf-8")
        encoded[name] = content
    return encoded


def package_bytes(files, extra_defaults=()):
    """A .docx of `files` (name -> str or bytes, relationships included) with its [Content_Types].xml."""
    files = dict(files)
    files["[Content_Types].xml"] = content_types_xml(files, extra_defaults)
    return zip_bytes(encoded_parts(files))


# ---------------------------------------------------------------------------------------------------
# Pictures


def png(width, height, pixel):
    """A PNG (8-bit RGB, no interlace) whose pixel (x, y) is pixel(x, y) -> (r, g, b)."""
    raw = b"".join(b"\x00" + bytes(channel for x in range(width) for channel in pixel(x, y)) for y in range(height))

    def chunk(kind, data):
        """One PNG chunk: length, kind, data, CRC."""
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------------
# WordprocessingML both scripts write alike


def style(kind, style_id, name, ppr="", rpr_="", based_on="Normal", default=False, extra="", custom=False):
    """A w:style: `ppr` and `rpr_` are its paragraph and run properties, `extra` what goes between."""
    attributes = ' w:default="1"' if default else ""
    attributes += ' w:customStyle="1"' if custom else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (f'<w:style w:type="{kind}"{attributes} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{based}{extra}{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}"
            f"{'<w:rPr>' + rpr_ + '</w:rPr>' if rpr_ else ''}</w:style>")


# Word's built-in styles that both scripts define the same way, by style id.
BUILT_IN_STYLES = {
    "DefaultParagraphFont": style("character", "DefaultParagraphFont", "Default Paragraph Font", based_on=None,
                                  default=True, extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'),
    "TableNormal": style("table", "TableNormal", "Normal Table", based_on=None, default=True,
                         extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
                               '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                               '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                               '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'),
    "NoList": style("numbering", "NoList", "No List", based_on=None, default=True,
                    extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    "ListParagraph": style("paragraph", "ListParagraph", "List Paragraph",
                           ppr='<w:ind w:left="720"/><w:contextualSpacing/>',
                           extra='<w:uiPriority w:val="34"/><w:qFormat/>'),
    "TableGrid": style("table", "TableGrid", "Table Grid", based_on="TableNormal",
                       extra='<w:uiPriority w:val="39"/>'
                             '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                             '<w:tblPr><w:tblBorders>'
                             '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             '</w:tblBorders></w:tblPr>'),
    "FootnoteReference": style("character", "FootnoteReference", "footnote reference",
                               based_on="DefaultParagraphFont",
                               rpr_='<w:vertAlign w:val="superscript"/>',
                               extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    "TOCHeading": style("paragraph", "TOCHeading", "TOC Heading", based_on="Heading1",
                        ppr='<w:outlineLvl w:val="9"/>',
                        extra='<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>'),
    "TOC1": style("paragraph", "TOC1", "toc 1", ppr='<w:spacing w:after="100"/>',
                  extra='<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'),
    "TOC2": style("paragraph", "TOC2", "toc 2", ppr='<w:spacing w:after="100"/><w:ind w:left="220"/>',
                  extra='<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'),
}


def field(instruction, result, rpr_=""):
    """A complex field (REF, PAGEREF, PAGE…): begin, instruction, separate, the result's runs, end."""
    return (f'<w:r>{rpr_}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr_}<w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
            f'<w:r>{rpr_}<w:fldChar w:fldCharType="separate"/></w:r>{result}'
            f'<w:r>{rpr_}<w:fldChar w:fldCharType="end"/></w:r>')


# Word's table of contents is a TOC field whose result is one paragraph per entry: the field opens in the
# first entry's paragraph (TOC_FIELD_BEGIN) and ends in a paragraph of its own (TOC_FIELD_END).
TOC_FIELD_BEGIN = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                   '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
TOC_FIELD_END = '<w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
TOC_HIDDEN = "<w:rPr><w:noProof/><w:webHidden/></w:rPr>"  # the run properties of an entry's tab and page


def toc_entry(bookmark, page, text_runs):
    """A TOC entry: a link to the heading's bookmark holding its text, a tab and a PAGEREF field."""
    page_field = field(f" PAGEREF {bookmark} \\h ", f"<w:r>{TOC_HIDDEN}<w:t>{page}</w:t></w:r>", TOC_HIDDEN)
    return (f'<w:hyperlink w:anchor="{bookmark}" w:history="1">{text_runs}'
            f"<w:r>{TOC_HIDDEN}<w:tab/></w:r>{page_field}</w:hyperlink>")


def toc_content_control(heading, paragraphs, sdt_id="-1476294167"):
    """The table of contents in a content control (Word 2007 and later) under the `heading` paragraph."""
    return ('<w:sdt><w:sdtPr>'
            f'<w:id w:val="{sdt_id}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
            '</w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr>'
            f'<w:sdtContent>{heading}{"".join(paragraphs)}</w:sdtContent></w:sdt>')


def notes_xml(kind, notes, namespaces):
    """footnotes.xml or endnotes.xml: Word's two separators, then each note's mark and inline XML."""
    tag = kind[:-1]  # footnote, endnote
    separators = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                  f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>'
                  f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                  f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    body = "".join(
        f'<w:{tag} w:id="{index}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
        f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:{tag}Ref/></w:r>{content}</w:p></w:{tag}>'
        for index, content in enumerate(notes, start=1))
    return f"{XML_HEAD}<w:{kind} {namespaces}>{separators}{body}</w:{kind}>"


# ---------------------------------------------------------------------------------------------------
# pandoc

PANDOC_VERSION = "2.17"
SOURCE_DATE_EPOCH = "1735689600"  # 2025-01-01T00:00:00Z


def fail(message):
    """Stops the running script with `message`, after its name (make-word-fixtures: …)."""
    sys.exit(f"{Path(sys.argv[0]).stem}: {message}")


def pandoc(*args, cwd=None, check=True):
    """pandoc's run with `args` in `cwd`, with a fixed SOURCE_DATE_EPOCH; with `check`, a failure stops."""
    environment = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, LC_ALL="C.UTF-8")
    result = subprocess.run(["pandoc", *args], cwd=cwd, env=environment, capture_output=True)
    if check and result.returncode != 0:
        fail(f"pandoc {' '.join(args)} failed: {result.stderr.decode(errors='replace')}")
    return result


def check_pandoc_version():
    """Stops unless the installed pandoc is PANDOC_VERSION (any patch release of it)."""
    try:
        first_line = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    except FileNotFoundError:
        fail("pandoc is not installed (apt-get install pandoc)")
    version = first_line.split()[-1]
    if version != PANDOC_VERSION and not version.startswith(PANDOC_VERSION + "."):
        fail(f"pandoc {version} found; the fixtures' recorded outputs are made with {PANDOC_VERSION}")
