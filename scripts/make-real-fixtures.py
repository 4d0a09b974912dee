#!/usr/bin/env python3
"""Writes the real-shaped import fixtures: documents shaped like the ones schools and nurseries really
import (Word as Word, Google Docs and LibreOffice write it; a public body's model; a pre-school's Markdown
site; a nursery's set of policies), at the joints where `policypress import` output fails `check`.

    python3 scripts/make-real-fixtures.py               rewrites Tests/PolicyPressKitTests/Fixtures/real-shaped/
    python3 scripts/make-real-fixtures.py --out DIR     writes them to DIR instead (to compare two runs)

Python 3 standard library and the `pandoc` command (Debian's 2.17; the script stops on any other version,
since the recorded outputs in expected-pandoc/ depend on it). No fixture is made by pandoc: every .docx is
hand-written WordprocessingML, in the shape the named producer gives it (Word 365, Google Docs, LibreOffice
7.4), and the Markdown pages are written as they stand. Fixtures/real-shaped/README.md says what each one
copies and what a correct import must make of it.

Every output is deterministic: zip entries carry a fixed time (2025-01-01 00:00) and fixed attributes and
are written in sorted order; docProps carry fixed dates; pandoc runs with SOURCE_DATE_EPOCH. Running the
script twice gives identical bytes (with the same zlib; another zlib build may deflate differently, which
changes bytes but not content). The package machinery (content types, relationships, docProps, the zip
writer) and the pandoc calls are in ooxml.py beside this script, shared with make-word-fixtures.py.
"""
import argparse
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ooxml import (APP_ROOT, BUILT_IN_STYLES, CORE_PROPERTIES, CORE_ROOT, CREATED, EXTENDED_PROPERTIES,  # noqa: E402
                   MODIFIED, OFFICE_DOCUMENT, TOC_FIELD_BEGIN, TOC_FIELD_END, XML_HEAD, app_xml,
                   check_pandoc_version, core_xml, field, hyperlink_relationship, notes_xml, package_bytes, pandoc,
                   part_relationship, png, relationships, style, toc_content_control, toc_entry)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "Tests/PolicyPressKitTests/Fixtures/real-shaped"


# ---------------------------------------------------------------------------------------------------
# WordprocessingML, written by hand

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
# The root element's namespaces as Word 365 writes them (mc:Ignorable lists the ones an older reader skips).
WORD_NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items()) + ' mc:Ignorable="w14 w15 wp14"'
# Google Docs and LibreOffice write fewer.
GOOGLE_NAMESPACES = " ".join(f'xmlns:{prefix}="{NS[prefix]}"' for prefix in
                             ("wpc", "mc", "o", "r", "m", "v", "wp14", "wp", "w10", "w", "w14", "wpg", "wps", "a")
                             ) + ' mc:Ignorable="w14 wp14"'
LIBRE_NAMESPACES = " ".join(f'xmlns:{prefix}="{NS[prefix]}"' for prefix in
                            ("o", "r", "v", "w", "w10", "wp", "wps", "wpg", "mc", "wp14", "w14", "a")
                            ) + ' mc:Ignorable="w14 wp14"'


def t(text):
    """A w:t element; keeps leading and trailing spaces."""
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def rpr(bold=False, italic=False, underline=False, style=None, fonts=None, size=None, color=None, caps=False,
        extra=""):
    """Run properties in the order the schema wants them."""
    inner = ""
    if style:
        inner += f'<w:rStyle w:val="{style}"/>'
    if fonts:
        inner += f'<w:rFonts w:ascii="{fonts}" w:hAnsi="{fonts}" w:eastAsia="{fonts}" w:cs="{fonts}"/>'
    if bold:
        inner += "<w:b/><w:bCs/>"
    if italic:
        inner += "<w:i/><w:iCs/>"
    if caps:
        inner += "<w:caps/>"
    if color:
        inner += f'<w:color w:val="{color}"/>'
    if size:
        inner += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if underline:
        inner += '<w:u w:val="single"/>'
    inner += extra
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def r(text, rsid=None, **kwargs):
    """A run of text as Word writes it: a tab is <w:tab/>, a line break <w:br/>, a non-breaking hyphen
    (U+2011) <w:noBreakHyphen/>; non-breaking spaces and curly quotes stay characters in w:t."""
    attribute = f' w:rsidR="{rsid}"' if rsid else ""
    pieces, current = [], ""
    specials = {"\t": "<w:tab/>", "\n": "<w:br/>", "\u2011": "<w:noBreakHyphen/>"}
    for character in text:
        if character in specials:
            if current:
                pieces.append(t(current))
                current = ""
            pieces.append(specials[character])
        else:
            current += character
    if current:
        pieces.append(t(current))
    return f"<w:r{attribute}>{rpr(**kwargs)}{''.join(pieces)}</w:r>"


def b(text, **kwargs):
    return r(text, bold=True, **kwargs)


def i(text, **kwargs):
    return r(text, italic=True, **kwargs)


def sym(font, char, **kwargs):
    """Insert › Symbol: a w:sym run (the character's code in the font, e.g. Wingdings F0FC, a tick)."""
    return f'<w:r>{rpr(**kwargs)}<w:sym w:font="{font}" w:char="{char}"/></w:r>'


def page_break():
    return '<w:r><w:br w:type="page"/></w:r>'


def p(*content, style=None, num=None, ind=None, jc=None, spacing=None, keep_next=False, ppr_extra="", mark_rpr="",
      attrs=""):
    """A paragraph. `num` is (numId, level); `ind` is (left, hanging or None); `content` is runs and other
    inline XML (bookmarks, hyperlinks, fields)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if spacing:
        ppr += spacing
    if ind:
        left, hanging = ind
        ppr += f'<w:ind w:left="{left}"' + (f' w:hanging="{hanging}"' if hanging else "") + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += ppr_extra
    if mark_rpr:
        ppr += f"<w:rPr>{mark_rpr}</w:rPr>"
    return f"<w:p{attrs}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(content)}</w:p>"


class Marks:
    """Bookmark ids, unique in a document, given in the order the bookmarks are written."""

    def __init__(self):
        self.next = 0

    def around(self, name, *content, col=False):
        """A bookmark named `name` around `content` (bookmarkStart … bookmarkEnd)."""
        number = self.next
        self.next += 1
        cols = ' w:colFirst="0" w:colLast="0"' if col else ""
        return (f'<w:bookmarkStart w:id="{number}" w:name="{name}"{cols}/>{"".join(content)}'
                f'<w:bookmarkEnd w:id="{number}"/>')

    def start(self, name):
        number = self.next
        self.next += 1
        return number, f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>'

    @staticmethod
    def end(number):
        return f'<w:bookmarkEnd w:id="{number}"/>'


def hyperlink_anchor(anchor, *runs, history=True):
    """A link inside the document, to a bookmark."""
    extra = ' w:history="1"' if history else ""
    return f'<w:hyperlink w:anchor="{anchor}"{extra}>{"".join(runs)}</w:hyperlink>'


def hyperlink_rel(rel_id, *runs):
    """A link out of the document (its target is a relationship)."""
    return f'<w:hyperlink r:id="{rel_id}" w:history="1">{"".join(runs)}</w:hyperlink>'


def simple_field(instruction, result):
    return f'<w:fldSimple w:instr="{escape(instruction)}">{result}</w:fldSimple>'


def cell(width, *paragraphs, span=None, vmerge=None, shade=None, valign=None):
    """A table cell. `span` is a gridSpan; `vmerge` is "restart" or "continue" (Word writes the continuing
    cell as a bare <w:vMerge/>)."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        props += f'<w:vAlign w:val="{valign}"/>'
    body = "".join(paragraphs) or p()
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def row(*cells, header=False, height=None):
    props = ""
    if height:
        props += f'<w:trHeight w:val="{height}"/>'
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr>{'<w:trPr>' + props + '</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def table(widths, *rows, style="TableGrid", first_row=True, caption=None, indent=None):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    look = ('<w:tblLook w:val="{}" w:firstRow="{}" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/>').format("04A0" if first_row else "0400", 1 if first_row else 0)
    extra = f'<w:tblCaption w:val="{escape(caption)}"/>' if caption else ""
    ind = f'<w:tblInd w:w="{indent}" w:type="dxa"/>' if indent else ""
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="0" w:type="auto"/>{ind}{look}{extra}</w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def section_properties(header=None, footer=None, title_page=False, libre=False, google=False):
    refs = ""
    if header:
        refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
    if footer:
        refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
    if google:
        return (f'<w:sectPr>{refs}<w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/><w:pgMar w:bottom="1440" '
                'w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/>'
                "</w:sectPr>")
    if libre:
        return (f'<w:sectPr>{refs}<w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" '
                'w:right="1134" w:gutter="0" w:header="1134" w:top="1693" w:footer="1134" w:bottom="1693"/>'
                '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/>'
                '<w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    title = "<w:titlePg/>" if title_page else ""
    return (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            f'<w:cols w:space="708"/>{title}<w:docGrid w:linePitch="360"/></w:sectPr>')


def document_xml(blocks, namespaces=WORD_NAMESPACES, **section):
    return (f"{XML_HEAD}<w:document {namespaces}><w:body>{''.join(blocks)}"
            f"{section_properties(**section)}</w:body></w:document>")


# ---------------------------------------------------------------------------------------------------
# Styles


def heading_style(level, size, numbered=None):
    """Word's "heading N" paragraph style. `numbered` is a numId that the style itself carries (outline
    numbering set on the style, as LibreOffice and some Word templates do)."""
    num = (f'<w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="{numbered}"/></w:numPr>' if numbered else "")
    return style("paragraph", f"Heading{level}", f"heading {level}",
                 ppr=f'<w:keepNext/><w:keepLines/>{num}<w:spacing w:before="{360 - 120 * (level - 1)}" w:after="120"/>'
                     f'<w:outlineLvl w:val="{level - 1}"/>',
                 rpr_=f'<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
                 extra=f'<w:next w:val="Normal"/><w:link w:val="Heading{level}Char"/><w:uiPriority w:val="9"/>'
                       + ("" if level == 1 else "<w:unhideWhenUsed/>") + "<w:qFormat/>")


WORD_STYLES = {
    **BUILT_IN_STYLES,
    "Normal": style("paragraph", "Normal", "Normal", based_on=None, default=True, extra="<w:qFormat/>",
                    rpr_='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'),
    "Heading1": heading_style(1, 32),
    "Heading2": heading_style(2, 28),
    "Heading3": heading_style(3, 24),
    "Title": style("paragraph", "Title", "Title", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                   '<w:contextualSpacing/>', rpr_='<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/>'
                   '<w:szCs w:val="56"/>', extra='<w:next w:val="Normal"/><w:link w:val="TitleChar"/>'
                   '<w:uiPriority w:val="10"/><w:qFormat/>'),
    "Subtitle": style("paragraph", "Subtitle", "Subtitle", ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr>',
                      rpr_='<w:color w:val="5A5A5A"/><w:spacing w:val="15"/>',
                      extra='<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>'),
    "BodyText": style("paragraph", "BodyText", "Body Text", ppr='<w:spacing w:after="120"/>',
                      extra='<w:link w:val="BodyTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    "NormalWeb": style("paragraph", "NormalWeb", "Normal (Web)",
                       ppr='<w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/>',
                       rpr_='<w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" '
                            'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:eastAsia="en-GB"/>',
                       extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    "PolicyBody": style("paragraph", "PolicyBody", "Policy Body", based_on="BodyText", custom=True,
                        ppr='<w:spacing w:after="160" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>',
                        extra='<w:link w:val="PolicyBodyChar"/><w:qFormat/>'),
    "Caption": style("paragraph", "Caption", "caption", ppr='<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>',
                     rpr_='<w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
                     extra='<w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'),
    "TOC3": style("paragraph", "TOC3", "toc 3", ppr='<w:spacing w:after="100"/><w:ind w:left="440"/>',
                  extra='<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'),
    "Header": style("paragraph", "Header", "header", ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab '
                    'w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                    extra='<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    "Footer": style("paragraph", "Footer", "footer", ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab '
                    'w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                    extra='<w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    "FootnoteText": style("paragraph", "FootnoteText", "footnote text",
                          ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                          rpr_='<w:sz w:val="20"/><w:szCs w:val="20"/>',
                          extra='<w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    "Hyperlink": style("character", "Hyperlink", "Hyperlink", based_on="DefaultParagraphFont",
                       rpr_='<w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/>',
                       extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    "FollowedHyperlink": style("character", "FollowedHyperlink", "FollowedHyperlink", based_on="DefaultParagraphFont",
                               rpr_='<w:color w:val="954F72" w:themeColor="followedHyperlink"/><w:u w:val="single"/>',
                               extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    "Strong": style("character", "Strong", "Strong", based_on="DefaultParagraphFont", rpr_="<w:b/><w:bCs/>",
                    extra='<w:uiPriority w:val="22"/><w:qFormat/>'),
    "Emphasis": style("character", "Emphasis", "Emphasis", based_on="DefaultParagraphFont", rpr_="<w:i/><w:iCs/>",
                      extra='<w:uiPriority w:val="20"/><w:qFormat/>'),
    "KeyPoint": style("paragraph", "KeyPoint", "Key Point", custom=True,
                      ppr='<w:pBdr><w:left w:val="single" w:sz="24" w:space="4" w:color="104F75"/></w:pBdr>'
                          '<w:shd w:val="clear" w:color="auto" w:fill="E7F0F5"/>',
                      rpr_="<w:b/><w:bCs/>", extra="<w:qFormat/>"),
}
# The character styles Word links to its paragraph styles.
for _linked, _of in (("Heading1Char", "heading 1"), ("Heading2Char", "heading 2"), ("Heading3Char", "heading 3"),
                     ("TitleChar", "Title"), ("BodyTextChar", "Body Text"), ("HeaderChar", "header"),
                     ("FooterChar", "footer"), ("PolicyBodyChar", "Policy Body"), ("FootnoteTextChar", "footnote text")):
    WORD_STYLES[_linked] = style("character", _linked, f"{_of} Char".replace("heading", "Heading").replace(
        "header", "Header").replace("footer", "Footer").replace("footnote text", "Footnote Text"),
        based_on="DefaultParagraphFont", custom=True, extra=f'<w:link w:val="{_linked[:-4]}"/>')


def styles_xml(styles, namespaces=WORD_NAMESPACES, font="Arial", size=22, lang="en-GB"):
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" '
                f'w:cs="{font}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="{lang}" w:eastAsia="en-US" '
                'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
                'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    latent = ('<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
              'w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
              '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/></w:latentStyles>')
    return f"{XML_HEAD}<w:styles {namespaces}>{defaults}{latent}{''.join(styles)}</w:styles>"


def word_styles(*names):
    return [WORD_STYLES[name] for name in names]


# ---------------------------------------------------------------------------------------------------
# Numbering

BULLET_SYMBOL = ("\uf0b7", "Symbol")   # Word's first-level bullet: Symbol's U+F0B7
BULLET_O = ("o", "Courier New")        # second level
BULLET_SQUARE = ("\uf0a7", "Wingdings")  # third level


def level(ilvl, fmt, text, left, hanging=360, start=1, font=None, style=None, jc="left", suffix=None):
    """One w:lvl. `text` is lvlText ("%1.", "%2)", a bullet character)."""
    fonts = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else "")
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{pstyle}{suff}'
            f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="{jc}"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{fonts}</w:lvl>')


def bullet_levels():
    marks = [BULLET_SYMBOL, BULLET_O, BULLET_SQUARE]
    return [level(n, "bullet", marks[n % 3][0], 720 * (n + 1), font=marks[n % 3][1]) for n in range(9)]


def decimal_levels(first="%1.", start=1):
    """Word's default numbered list: 1. a. i. and so on."""
    formats = [("decimal", first), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]
    return [level(n, formats[n % 3][0], formats[n % 3][1].replace("%1", f"%{n + 1}").replace("%2", f"%{n + 1}")
                  .replace("%3", f"%{n + 1}"), 720 * (n + 1), start=start if n == 0 else 1,
                  jc="right" if formats[n % 3][0] == "lowerRoman" else "left", hanging=180 if formats[n % 3][0] == "lowerRoman" else 360)
            for n in range(9)]


def numbering_xml(abstracts, nums, namespaces=WORD_NAMESPACES):
    """`abstracts` maps abstractNumId -> (multiLevelType, [w:lvl XML]); `nums` is [(numId, abstractNumId,
    {ilvl: startOverride})]."""
    body = ""
    for number, (kind, levels) in sorted(abstracts.items()):
        nsid = f"{0x1A2B3C00 + number:08X}"
        body += (f'<w:abstractNum w:abstractNumId="{number}" w15:restartNumberingAfterBreak="0">'
                 f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="{kind}"/><w:tmpl w:val="0809000F"/>'
                 f"{''.join(levels)}</w:abstractNum>")
    for num_id, abstract, overrides in nums:
        inner = f'<w:abstractNumId w:val="{abstract}"/>'
        for ilvl, start in sorted((overrides or {}).items()):
            inner += f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        body += f'<w:num w:numId="{num_id}">{inner}</w:num>'
    return f"{XML_HEAD}<w:numbering {namespaces}>{body}</w:numbering>"


# ---------------------------------------------------------------------------------------------------
# Other parts


def settings_xml(footnotes=False, namespaces=WORD_NAMESPACES, track=False, extra=""):
    notes = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
             '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if footnotes else "")
    return (f"{XML_HEAD}<w:settings {namespaces}><w:zoom w:percent=\"100\"/>{'<w:trackRevisions/>' if track else ''}"
            f'<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>{notes}'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            f'w:val="15"/></w:compat>{extra}<w:themeFontLang w:val="en-GB"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def font_table_xml(fonts, namespaces=WORD_NAMESPACES):
    body = "".join(f'<w:font w:name="{name}"><w:charset w:val="{charset}"/><w:family w:val="{family}"/>'
                   f'<w:pitch w:val="variable"/></w:font>' for name, charset, family in fonts)
    return f"{XML_HEAD}<w:fonts {namespaces}>{body}</w:fonts>"


WORD_FONTS = [("Arial", "00", "swiss"), ("Symbol", "02", "roman"), ("Courier New", "00", "modern"),
              ("Wingdings", "02", "auto"), ("Times New Roman", "00", "roman")]


def web_settings_xml(namespaces=WORD_NAMESPACES):
    return f"{XML_HEAD}<w:webSettings {namespaces}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"


def word_notes(kind, notes):
    """footnotes.xml or endnotes.xml as Word writes it: each note (inline XML) after its mark and a space."""
    return notes_xml(kind, [r(" ") + note for note in notes], WORD_NAMESPACES)


def footnote_ref(note_id):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def header_footer_xml(kind, paragraphs, namespaces=WORD_NAMESPACES):
    return f"{XML_HEAD}<w:{kind} {namespaces}>{''.join(paragraphs)}</w:{kind}>"


# The parts a document's relationships are numbered over: rId1, rId2, … in this sorted order, whichever of
# them a document has, so that a part keeps its id in every fixture.
NUMBERED_PARTS = sorted(["word/styles.xml", "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml",
                         "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml", "word/header1.xml",
                         "word/header2.xml", "word/footer1.xml", "word/footer2.xml"])


# docProps/app.xml's total editing time in the documents Word writes here.
WORD_MINUTES = 47


def part_rel_id(name):
    """The relationship id a part gets in word/_rels/document.xml.rels (rId + a fixed number per part)."""
    return f"rId{NUMBERED_PARTS.index(name) + 1}"


class Package:
    """A .docx being put together: the document, its styles and other parts, the links out of it."""

    def __init__(self):
        self.links = []       # (rId, target) of the document's external hyperlinks
        self.note_links = []  # the same for footnotes.xml

    def link(self, target):
        rel_id = f"rId{100 + len(self.links)}"
        self.links.append((rel_id, target))
        return rel_id

    def note_link(self, target):
        rel_id = f"rId{len(self.note_links) + 1}"
        self.note_links.append((rel_id, target))
        return rel_id

    def build(self, document, styles, core, app, parts=None):
        """The .docx of the document, its styles and `parts`, with docProps `core` and `app` unless None."""
        # Google Docs writes no docProps. _rels/.rels lists app, core, then the document; every relationship
        # target is quoted with quoteattr.
        files = {"word/document.xml": document, "word/styles.xml": styles, **(parts or {})}
        package_rels = [OFFICE_DOCUMENT]
        if core is not None:
            files["docProps/core.xml"] = core
            package_rels.insert(0, CORE_PROPERTIES)
        if app is not None:
            files["docProps/app.xml"] = app
            package_rels.insert(0, EXTENDED_PROPERTIES)
        files["_rels/.rels"] = relationships(package_rels, quote=quoteattr)
        document_rels = [part_relationship(part_rel_id(name), name) for name in sorted(files) if name in NUMBERED_PARTS]
        document_rels += [hyperlink_relationship(rel_id, target) for rel_id, target in self.links]
        files["word/_rels/document.xml.rels"] = relationships(document_rels, quote=quoteattr)
        if self.note_links:
            files["word/_rels/footnotes.xml.rels"] = relationships(
                [hyperlink_relationship(rel_id, target) for rel_id, target in self.note_links], quote=quoteattr)
        return package_bytes(files)


def toc_field(entries, marks_style="TOC", tab_pos=9016, heading=None, heading_style="TOCHeading", sdt_id="-1476294167"):
    """Word's table of contents: a TOC field whose result is one paragraph per entry, each a hyperlink to
    the heading's bookmark holding its text, a tab and a PAGEREF field showing the page; the field opens in
    the first entry's paragraph and ends in a paragraph of its own. `entries` is [(level, text, bookmark,
    page)]. With `heading`, the whole is a content control (Word 2007 and later) under that heading."""
    paragraphs = []
    for index, (depth, text, bookmark, page) in enumerate(entries):
        words = "".join(r(piece, extra="<w:noProof/>") if piece != "\t" else "<w:r><w:rPr><w:noProof/></w:rPr><w:tab/></w:r>"
                        for piece in split_tabs(text))
        opening = TOC_FIELD_BEGIN if index == 0 else ""
        paragraphs.append(p(opening, toc_entry(bookmark, page, words), style=f"{marks_style}{depth}",
                            ppr_extra=f'<w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" '
                                      f'w:pos="{tab_pos}"/></w:tabs>', mark_rpr="<w:noProof/>"))
    paragraphs.append(p(TOC_FIELD_END))
    if heading is None:
        return "".join(paragraphs)
    return toc_content_control(p(r(heading), style=heading_style), paragraphs, sdt_id)


def split_tabs(text):
    """"1.\tIntroduction" -> ["1.", "\t", "Introduction"]."""
    out = []
    for index, piece in enumerate(text.split("\t")):
        if index:
            out.append("\t")
        if piece:
            out.append(piece)
    return out


# ---------------------------------------------------------------------------------------------------
# 1. word-as-word.docx: a school's own policy as Word 365 writes it


def word_as_word():
    pkg, marks = Package(), Marks()
    link = lambda text: r(text, style="Hyperlink")

    def heading(level, text, *bookmarks, num=None):
        """A heading paragraph with its bookmarks inside it, around the text, as Word writes them:
        <w:p><w:pPr>…</w:pPr><w:bookmarkStart w:name="_Toc…"/><w:r>…</w:r><w:bookmarkEnd/></w:p>."""
        content = "".join(r(piece) if piece != "\t" else "<w:r><w:tab/></w:r>" for piece in split_tabs(text))
        for name in reversed(bookmarks):
            content = marks.around(name, content)
        return p(content, style=f"Heading{level}", num=num)

    def ref(bookmark, shown, switches="\\h"):
        """A cross-reference: REF field to a bookmark, showing `shown` (the heading's number or words)."""
        return field(f" REF {bookmark} {switches} ", r(shown))

    toc = [
        (1, "1.\tIntroduction", "_Toc190000101", 2),
        (1, "2.\tDefinitions", "_Toc190000102", 2),
        (2, "2.1\tAbuse", "_Toc190000103", 2),
        (2, "2.2\tNeglect", "_Toc190000104", 2),
        (1, "3.\tRoles and responsibilities", "_Toc190000105", 3),
        (2, "3.1\tThe Designated Safeguarding Lead", "_Toc190000106", 3),
        (2, "3.2\tAll staff", "_Toc190000107", 3),
        (3, "3.2.1\tLow\u2011level concerns", "_Toc190000108", 3),
        (1, "4.\tResponding to a concern", "_Toc190000109", 4),
        (2, "4.1\tListening to a child", "_Toc190000110", 4),
        (1, "5.\tOnline safety", "_Toc190000111", 5),
        (1, "6.\tMonitoring and review", "_Toc190000112", 5),
    ]
    hlk_id, hlk_start = marks.start("_Hlk190000400")  # a body-level bookmark: a child of w:body, between paragraphs
    go_back = marks.around("_GoBack")
    tick = lambda text: p(sym("Wingdings", "F0FC"), r("\t" + text), style="PolicyBody", ind=(720, 360))
    blocks = [
        p(r("Child Protection and Safeguarding Policy"), style="Title"),
        p(r("Oakfield Primary School \u00b7 September 2025"), style="PolicyBody"),
        toc_field(toc, heading="Contents"),
        p(page_break()),
        hlk_start,
        heading(1, "1.\tIntroduction", "_Toc190000101"),
        p(r("Oakfield Primary School takes seriously its responsibility to protect and safeguard the welfare of the "
            "children in its care. This policy follows \u2018Keeping Children Safe in Education\u2019 (KCSIE), "
            "Part\u00a01 of which every member of staff reads each September, and the procedures of the "
            "Northshire Safeguarding Children Partnership, published at "),
          hyperlink_rel(pkg.link("https://www.northshire.example/safeguarding/procedures"),
                        link("www.northshire.example/safeguarding")),
          r("."), style="BodyText"),
        p(r("Everyone who works at the school has a part to play. A member of staff who has a concern about a child "
            "acts on it at once, as section "), ref("_Ref190000201", "4", "\\r \\h"), r(", \u201c"),
          ref("_Ref190000201", "Responding to a concern"), r("\u201d, sets out."), style="PolicyBody"),
        Marks.end(hlk_id),
        heading(1, "2.\tDefinitions", "_Toc190000102"),
        heading(2, "2.1\tAbuse", "_Toc190000103"),
        p(marks.around("abuse", r("Abuse is a form of maltreatment of a child. Somebody may abuse or neglect a child "
                                  "by inflicting harm, or by failing to act to prevent harm. Abuse can take place "
                                  "wholly online, or technology may be used to facilitate offline abuse.")),
          style="BodyText"),
        heading(2, "2.2\tNeglect", "_Toc190000104"),
        p(r("Neglect is the persistent failure to meet a child\u2019s basic physical and/or psychological needs, "
            "likely to result in the serious impairment of the child\u2019s health or development."), style="BodyText"),
        heading(1, "3.\tRoles and responsibilities", "_Toc190000105"),
        heading(2, "3.1\tThe Designated Safeguarding Lead", "_Toc190000106"),
        p(r("The Designated Safeguarding Lead (DSL) is Ms Hannah Adeyemi, Deputy Headteacher. When she is away, the "
            "deputy DSL, Mr Daniel Reeve, takes her place."), style="NormalWeb"),
        p(r("Contact the DSL on 01632\u00a0960\u00a0412 or at "), r("dsl@oakfield-primary.example", style="Hyperlink"),
          r("."), style="NormalWeb"),
        heading(2, "3.2\tAll staff", "_Toc190000107"),
        p(r("All staff:"), style="BodyText"),
        p(r("read Part\u00a01 of KCSIE and sign to say that they have done so;"), style="ListParagraph", num=(1, 0)),
        p(r("know who the DSL and the deputy DSL are, and how to reach them;"), style="ListParagraph", num=(1, 0)),
        p(r("follow the school\u2019s \u2018"), hyperlink_anchor("_Toc190000109", link("Responding to a concern")),
          r("\u2019 steps whenever they are worried about a child."), style="ListParagraph", num=(1, 0)),
        heading(3, "3.2.1\tLow\u2011level concerns", "_Toc190000108"),
        p(r("A low\u2011level concern is any concern, however small, that an adult working in or on behalf of the "
            "school may have acted in a way that is not consistent with the staff code of conduct. Share it with "
            "the Headteacher, Mrs Priya Shah, on the same day."), style="BodyText"),
        heading(1, "Responding to a concern", "_Toc190000109", "_Ref190000201", num=(4, 0)),
        p(r("If a child tells you about "), hyperlink_anchor("abuse", link("abuse")),
          r(" or neglect, follow these steps:"), style="BodyText"),
        p(r("Listen to the child; do not ask leading questions."), style="ListParagraph", num=(3, 0)),
        p(r("Do not promise to keep what they tell you a secret."), style="ListParagraph", num=(3, 0)),
        p(marks.around("_Ref190000302", r("Write down what the child said, in their own words, with the date and the "
                                          "time, and sign it.")), style="ListParagraph", num=(3, 0)),
        p(r("Tell the DSL at once, and in any case before the end of the day."), style="ListParagraph", num=(3, 0)),
        heading(2, "Listening to a child", "_Toc190000110", num=(4, 1)),
        p(r("Step "), ref("_Ref190000302", "3", "\\r \\h"), r(" matters most: the record you make may be used by "
                                                              "Children\u2019s Social Care or the police. It holds:"),
          style="PolicyBody"),
        tick("the child\u2019s own words, not your summary of them;"),
        tick("the date, the time and where you were;"),
        tick("your name, your role and your signature."),
        p(r("If a child is in immediate danger, call 999, then the "),
          field(' HYPERLINK "https://www.northshire.example/front-door" ',
                r("Northshire Children\u2019s Front Door", style="Hyperlink")),
          r(" on 01632\u00a0960\u00a0500."), style="PolicyBody"),
        heading(1, "Online safety", "_Toc190000111", num=(4, 0)),
        p(r("The filtering and monitoring are checked each term by the e\u2011safety governor, Ms Laura Bennett, "
            "with the IT technician. Online abuse is reported as any other concern (see "),
          hyperlink_anchor("_Toc190000102", link("Definitions")), r(") and Northshire\u2019s "),
          hyperlink_rel(pkg.link("https://www.northshire.example/safeguarding/online"), link("online safety guidance")),
          r("."), style="BodyText"),
        heading(1, "Monitoring and review", "_Toc190000112", num=(4, 0)),
        p(r("This policy will be reviewed annually by the Governing Body."), style="BodyText"),
        p(r("Approved by the Governing Body on 12\u00a0March\u00a02025."), go_back, style="BodyText"),
        p(r("Signed:\tMr Tom Evans, Chair of Governors"), style="BodyText"),
    ]
    numbering = numbering_xml(
        {0: ("hybridMultilevel", bullet_levels()),
         1: ("hybridMultilevel", decimal_levels()),
         # Headings 4 to 6 were pasted from a document whose Heading 1 and 2 carried a multilevel list.
         2: ("multilevel", [level(0, "decimal", "%1.", 432, 432, style="Heading1"),
                            level(1, "decimal", "%1.%2", 576, 576, style="Heading2")]
             + [level(n, "decimal", ".".join(f"%{k + 1}" for k in range(n + 1)), 720 + 144 * n, 720 + 144 * n)
                for n in range(2, 9)])},
        [(1, 0, None), (3, 1, None), (4, 2, {0: 4})])
    header = header_footer_xml("hdr", [p(r("Oakfield Primary School\t\tChild Protection and Safeguarding Policy",
                                            color="595959"), style="Header")])
    footer = header_footer_xml("ftr", [p(r("Page "), field(" PAGE   \\* MERGEFORMAT ", r("1", extra="<w:noProof/>")),
                                         r(" of "), simple_field(" NUMPAGES ", r("5", extra="<w:noProof/>")),
                                         r("\tPrinted copies are not controlled."), style="Footer", jc="left")],)
    document = document_xml(blocks, header=part_rel_id("word/header1.xml"), footer=part_rel_id("word/footer1.xml"))
    styles = styles_xml(word_styles(
        "Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Heading2", "Heading3", "Title",
        "BodyText", "ListParagraph", "NormalWeb", "PolicyBody", "TOCHeading", "TOC1", "TOC2", "TOC3", "Header", "Footer",
        "Hyperlink", "FollowedHyperlink", "Heading1Char", "Heading2Char", "Heading3Char", "TitleChar", "BodyTextChar",
        "HeaderChar", "FooterChar", "PolicyBodyChar"))
    parts = {"word/numbering.xml": numbering, "word/header1.xml": header, "word/footer1.xml": footer,
             "word/settings.xml": settings_xml(), "word/fontTable.xml": font_table_xml(WORD_FONTS),
             "word/webSettings.xml": web_settings_xml()}
    return pkg.build(document, styles,
                     core_xml("Child Protection and Safeguarding Policy", "Hannah Adeyemi", "Priya Shah", CREATED, MODIFIED, 14),
                     app_xml(minutes=WORD_MINUTES, company="Oakfield Primary School", pages=5, words=720), parts)


# ---------------------------------------------------------------------------------------------------
# 2. lists-that-touch.docx: Word lists back to back, nested, continued and restarted


def lists_that_touch():
    pkg = Package()
    item = lambda text, num, lvl=0: p(r(text), style="ListParagraph", num=(num, lvl))
    body = lambda text: p(r(text))
    blocks = [
        p(r("First Aid and Medicines Policy"), style="Title"),
        p(r("Oakfield Primary School"), style="Subtitle"),
        p(r("Introduction"), style="Heading1"),
        body("This policy says how Oakfield Primary School gives first aid and looks after medicines, so that every "
             "child who is hurt or unwell in school is cared for quickly and safely."),
        p(r("First aid"), style="Heading1"),
        body("When a child is hurt, the first aider on duty:"),
        # Two numbered lists back to back with different numIds (Word: "Restart at 1" on the second).
        item("makes sure that the area is safe;", 1),
        item("gives first aid, wearing gloves;", 1),
        item("writes what happened in the accident book.", 1),
        item("After a bump to the head, a \u201cbumped head\u201d note goes home with the child.", 2),
        item("After any injury that needs a hospital, the office telephones the parent or carer at once.", 2),
        body("First aid boxes are kept in these places:"),
        # A bulleted list directly followed by a numbered one.
        item("the school office;", 3),
        item("the hall;", 3),
        item("the Reception classroom;", 3),
        # Two bulleted lists back to back: the second was pasted from another document, with its own list.
        item("the minibus;", 8),
        item("the Forest School bag.", 8),
        item("Each box is checked on the first Monday of the month by the office manager.", 4),
        item("Anything used is replaced the same week.", 4),
        # A numbered list immediately followed by a bulleted one.
        p(r("Educational visits"), style="Heading2"),
        item("The visit leader takes a travel first aid kit.", 5),
        item("At least one adult on the visit holds a paediatric first aid certificate.", 5),
        item("a list of the children\u2019s medical needs;", 3),
        item("each child\u2019s inhaler or auto\u2011injector, in a named bag.", 3),
        # A list followed by an indented paragraph that is not a list item.
        body("The trained first aiders this year are:"),
        item("Mrs Julie Hart (paediatric first aid);", 3),
        item("Mr Sam Okoro (first aid at work).", 3),
        p(r("The office keeps this list up to date on the staff noticeboard, beside the first aid box."), ind=(720, None)),
        p(r("Medicines"), style="Heading1"),
        # Nested three deep: 1. / a) / i.
        item("Prescribed medicines are given in school only when:", 6, 0),
        item("the parent or carer has completed the school\u2019s consent form, which states:", 6, 1),
        item("the name of the medicine;", 6, 2),
        item("the dose, and the time it is to be given;", 6, 2),
        item("how long it is to be given for;", 6, 2),
        item("the medicine is in its original container, with the pharmacy label.", 6, 1),
        item("Medicines that are not prescribed are not given in school, except liquid paracetamol with the parent\u2019s "
             "written consent.", 6, 0),
        # A list item with two paragraphs: the second is a List Paragraph with no number, indented as the item.
        item("Asthma inhalers stay with the child\u2019s class, in a labelled box.", 6, 0),
        p(r("Children in Years 3 to 6 carry their own inhaler, once their parent or carer has agreed to it."),
          style="ListParagraph"),
        item("Medicines are kept in the locked cupboard in the office, or in the office fridge.", 6, 0),
        body("Each time a medicine is given, the member of staff:"),
        # A list restarted at 1 after a paragraph: numId 7 is numId 6's list with a startOverride.
        item("checks the child\u2019s name, the medicine and the dose against the consent form;", 7, 0),
        item("gives the medicine, with a second adult watching;", 7, 0),
        body("and then:"),
        # The same list continued after a paragraph (no override: Word numbers it on, 3 and 4).
        item("records the time and the dose on the child\u2019s record;", 7, 0),
        item("tells the parent or carer at the end of the day.", 7, 0),
        p(r("Review"), style="Heading1"),
        body("This policy will be reviewed every two years by the Governing Body."),
        body("Approved by the Governing Body on 5 February 2025."),
    ]
    letters = [level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "%2)", 1440),
               level(2, "lowerRoman", "%3.", 2160, hanging=180, jc="right")] + decimal_levels()[3:]
    numbering = numbering_xml(
        {0: ("hybridMultilevel", decimal_levels()), 1: ("hybridMultilevel", decimal_levels()),
         2: ("hybridMultilevel", bullet_levels()), 3: ("hybridMultilevel", decimal_levels()),
         4: ("hybridMultilevel", decimal_levels()), 5: ("hybridMultilevel", letters),
         6: ("hybridMultilevel", [level(n, "bullet", "\u2013", 720 * (n + 1), font="Calibri") for n in range(9)])},
        [(1, 0, None), (2, 1, None), (3, 2, None), (4, 3, None), (5, 4, None), (6, 5, None), (7, 5, {0: 1}),
         (8, 6, None)])
    styles = styles_xml(word_styles("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Heading2",
                                    "Title", "Subtitle", "ListParagraph", "Hyperlink", "Heading1Char", "Heading2Char",
                                    "TitleChar"))
    parts = {"word/numbering.xml": numbering, "word/settings.xml": settings_xml(),
             "word/fontTable.xml": font_table_xml(WORD_FONTS)}
    return pkg.build(document_xml(blocks), styles,
                     core_xml("First Aid and Medicines Policy", "Julie Hart", "Julie Hart", CREATED, "2025-02-05T17:10:00Z", 6),
                     app_xml(minutes=WORD_MINUTES, company="Oakfield Primary School", pages=2, words=560), parts)


# ---------------------------------------------------------------------------------------------------
# 3. school-tables.docx: tables as schools make them


def school_tables():
    pkg = Package()
    c = lambda text, **kw: p(r(text), **kw)
    bullet = lambda text: p(r(text), style="ListParagraph", num=(1, 0), ind=(360, 360))
    shade = "D9E2F3"
    caption = p(r("Table "), field(" SEQ Table \\* ARABIC ", r("1", extra="<w:noProof/>")),
                r(": Who is responsible for what"), style="Caption", keep_next=True)
    responsibilities = table(
        [2200, 2300, 2600, 1916],
        # Two header rows, both repeated on each page (tblHeader): "Area" and "Checked" run down both
        # (vMerge); "Responsible person" spans two columns (gridSpan) over "Name" and "Role".
        row(cell(2200, p(b("Area")), vmerge="restart", shade=shade, valign="center"),
            cell(4900, p(b("Responsible person"), jc="center"), span=2, shade=shade),
            cell(1916, p(b("Checked")), vmerge="restart", shade=shade, valign="center"), header=True),
        row(cell(2200, p(), vmerge="continue", shade=shade), cell(2300, p(b("Name")), shade=shade),
            cell(2600, p(b("Role")), shade=shade), cell(1916, p(), vmerge="continue", shade=shade), header=True),
        row(cell(2200, c("Fire safety")), cell(2300, c("Mr Sam Okoro")), cell(2600, c("Site manager")),
            cell(1916, c("Weekly"))),
        # A line break (w:br) inside a cell.
        row(cell(2200, c("First aid")), cell(2300, c("Mrs Julie Hart")),
            cell(2600, p(r("Office manager\n(paediatric first aider)"))), cell(1916, c("Monthly"))),
        # "Educational visits" runs down two rows.
        row(cell(2200, c("Educational visits"), vmerge="restart"), cell(2300, c("Miss Amy Clarke")),
            cell(2600, c("Educational Visits Coordinator")), cell(1916, c("Before each visit"))),
        row(cell(2200, p(), vmerge="continue"), cell(2300, c("Mrs Priya Shah")),
            cell(2600, p(r("Headteacher: approves "), i("every"), r(" residential visit"))), cell(1916, c("\u2013"))),
        # Emphasis and a link inside cells.
        row(cell(2200, c("Water hygiene")), cell(2300, p(i("Northshire Property Services"))),
            cell(2600, p(r("Contract "), hyperlink_rel(pkg.link("https://www.northshire.example/property/contracts"),
                                                        r("NPS\u20114471", style="Hyperlink")))),
            cell(1916, p(b("Quarterly")))),
        # The spare row people leave at the bottom, empty.
        row(cell(2200, p()), cell(2300, p()), cell(2600, p()), cell(1916, p())),
        caption="Responsibilities for health and safety")
    # No header row at all: tblLook firstRow="0", no tblHeader.
    fire = table([3000, 6016],
                 row(cell(3000, c("Fire alarm test")), cell(6016, c("Every Monday at 8.30am, from a different call point each week"))),
                 row(cell(3000, c("Fire drill")), cell(6016, c("Once a term, at a time the children do not know"))),
                 row(cell(3000, c("Assembly point")), cell(6016, c("The far end of the school field, by the gate to Meadow Lane"))),
                 first_row=False)
    # Cells holding bullet lists (Word numbering inside the cell).
    risks = table([2500, 6516],
                  row(cell(2500, p(b("Activity"))), cell(6516, p(b("How the risk is controlled"))), header=True),
                  row(cell(2500, c("Forest School")),
                      cell(6516, bullet("The leader holds a Level 3 Forest School qualification."),
                           bullet("Fires are lit only in the fire pit, with a fire blanket and water beside it."),
                           bullet("Tools are counted out and counted back in."))),
                  row(cell(2500, c("Cooking in class")),
                      cell(6516, c("Allergies are checked against the class list first."),
                           bullet("Children use the oven only with an adult beside them."),
                           bullet("Knives are the children\u2019s safety knives from the cooking box."))))
    # A table inside a cell, and the paragraph Word always writes after a nested table.
    inner = table([2200, 2000],
                  row(cell(2200, p(b("Name"))), cell(2000, p(b("Telephone"))), header=True),
                  row(cell(2200, c("Mr Sam Okoro")), cell(2000, c("07700\u00a0900\u00a0123"))),
                  row(cell(2200, c("Mrs Priya Shah")), cell(2000, c("07700\u00a0900\u00a0456"))))
    contacts = table([3000, 6016],
                     row(cell(3000, p(b("When"))), cell(6016, p(b("Who to call"))), header=True),
                     row(cell(3000, c("School hours")), cell(6016, c("The school office, 01632\u00a0960\u00a0300"))),
                     row(cell(3000, c("Out of hours")), cell(6016, c("The key holders, in this order:"), inner, p())))
    blocks = [
        p(r("Health and Safety Policy"), style="Title"),
        p(r("Introduction"), style="Heading1"),
        p(r("The Governing Body of Oakfield Primary School is responsible for health and safety at the school. This "
            "policy says who does what, and how the school keeps children, staff and visitors safe.")),
        p(r("Responsibilities"), style="Heading1"),
        caption,
        responsibilities,
        p(r("Every member of staff reports a hazard to the site manager on the day they see it.")),
        p(r("Fire safety"), style="Heading1"),
        fire,
        p(r("Risk assessment"), style="Heading1"),
        p(r("A risk assessment is written for every activity that carries more than everyday risk. Two examples:")),
        risks,
        p(r("Contacts"), style="Heading1"),
        contacts,
        p(r("Review"), style="Heading1"),
        p(r("This policy will be reviewed annually by the Governing Body.")),
        p(r("Approved by the Governing Body on 12 March 2025.")),
    ]
    numbering = numbering_xml({0: ("hybridMultilevel", bullet_levels())}, [(1, 0, None)])
    styles = styles_xml(word_styles("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Title",
                                    "ListParagraph", "Caption", "Hyperlink", "TableGrid", "Heading1Char", "TitleChar"))
    parts = {"word/numbering.xml": numbering, "word/settings.xml": settings_xml(),
             "word/fontTable.xml": font_table_xml(WORD_FONTS)}
    return pkg.build(document_xml(blocks), styles,
                     core_xml("Health and Safety Policy", "Sam Okoro", "Priya Shah", CREATED, MODIFIED, 9),
                     app_xml(minutes=WORD_MINUTES, company="Oakfield Primary School", pages=3, words=480), parts)


# ---------------------------------------------------------------------------------------------------
# Google Docs (File › Download › Microsoft Word): its own noise. Every paragraph carries rsid zeros and a
# w14:paraId; every run its fonts and <w:rtl w:val="0"/>; booleans are written w:val="1"; links are blue
# underlined runs (no Hyperlink style); headings carry an empty bookmark named "_heading=h.…" (older
# exports: "_gjdgxs"); widths may be fractional ("9029.0"); tables have nameless styles "Table1"…


class GoogleDoc:
    FONT = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'

    def __init__(self, bookmark_form="_heading=h.{}"):
        self.para_id = 0
        self.marks = Marks()
        self.bookmark_form = bookmark_form

    def run(self, text, bold=False, italic=False, link=False, size=None):
        props = self.FONT
        if bold:
            props += '<w:b w:val="1"/>'
        if italic:
            props += '<w:i w:val="1"/>'
        if link:
            props += '<w:color w:val="1155cc"/><w:u w:val="single"/>'
        if size:
            props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        props += '<w:rtl w:val="0"/>'
        return r(text).replace("<w:r>", f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{props}</w:rPr>', 1)

    def para(self, *content, style=None, num=None, heading_id=None, spacing=None, in_cell=False):
        self.para_id += 1
        ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
        if style and style.startswith("Heading"):
            ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr><w:ind w:left="{720 * (num[1] + 1)}" w:hanging="360"/>'
        if in_cell:
            ppr += '<w:widowControl w:val="0"/>'
        ppr += spacing or ('<w:spacing w:after="120" w:before="400" w:lineRule="auto"/>' if style and style.startswith("Heading")
                           else '<w:spacing w:line="276" w:lineRule="auto"/>')
        ppr += f"<w:rPr>{self.FONT}</w:rPr>"
        mark = ""
        if heading_id:
            mark = self.marks.around(self.bookmark_form.format(heading_id), col=True)
        attrs = (' w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                 f'w:rsidRPr="00000000" w14:paraId="{self.para_id:08X}"')
        return f"<w:p{attrs}><w:pPr>{ppr}</w:pPr>{mark}{''.join(content)}</w:p>"

    def text(self, words, **kwargs):
        return self.para(self.run(words), **kwargs)

    def empty(self):
        return self.para()

    def link(self, target, *runs):
        return hyperlink_anchor(target, *runs, history=False) if not target.startswith("rId") else (
            f'<w:hyperlink r:id="{target}">{"".join(runs)}</w:hyperlink>')

    def table(self, widths, rows, fill=None):
        # Google writes widths as decimals: "2257.25", "3009.0".
        grid = "".join(f'<w:gridCol w:w="{w:.2f}"/>'.replace('.00"', '.0"') for w in widths)
        body = ""
        for cells in rows:
            body += "<w:tr><w:trPr><w:cantSplit w:val=\"0\"/><w:tblHeader w:val=\"0\"/></w:trPr>"
            for width, paragraphs in zip(widths, cells):
                shade = f'<w:shd w:fill="{fill}" w:val="clear"/>' if fill else ""
                body += (f'<w:tc><w:tcPr><w:tcW w:w="{width:.1f}" w:type="dxa"/>{shade}<w:tcMar><w:top w:w="100.0" '
                         'w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/>'
                         f'<w:right w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>{paragraphs}</w:tc>')
            body += "</w:tr>"
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="{sum(widths):.1f}" w:type="dxa"/>'
                '<w:jc w:val="left"/><w:tblInd w:w="0.0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                f'<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def google_styles():
    font = GoogleDoc.FONT
    heading = lambda n, before, after, size: (
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/><w:basedOn w:val="Normal"/>'
        f'<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="{after}" '
        f'w:before="{before}" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>')
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style>',
        heading(1, 400, 120, 40), heading(2, 360, 120, 32), heading(3, 320, 80, 28),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/>'
        '<w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{font}<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>',
        # Google's table styles have no name.
        '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:pPr/><w:tblPr>'
        '<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/>'
        '<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
    ]
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr>{font}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>'
                '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr>'
                "</w:pPrDefault></w:docDefaults>")
    return f"{XML_HEAD}<w:styles {GOOGLE_NAMESPACES}>{defaults}{''.join(styles)}</w:styles>"


def google_numbering(kinds):
    """Google's lists: one abstractNum per list, nine levels, bullets ● ○ ■ or 1. a. i., each with
    <w:u w:val="none"/>."""
    abstracts = {}
    for number, kind in enumerate(kinds):
        levels = []
        for n in range(9):
            if kind == "bullet":
                text, fmt = "\u25cf\u25cb\u25a0"[n % 3], "bullet"
            else:
                fmt, text = [("decimal", f"%{n + 1}."), ("lowerLetter", f"%{n + 1}."), ("lowerRoman", f"%{n + 1}.")][n % 3]
            levels.append(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                          f'<w:lvlJc w:val="{"right" if fmt == "lowerRoman" else "left"}"/><w:pPr><w:ind w:left="{720 * (n + 1)}" '
                          'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
        abstracts[number] = levels
    body = "".join(f'<w:abstractNum w:abstractNumId="{n}">{"".join(levels)}</w:abstractNum>'
                   for n, levels in abstracts.items())
    body += "".join(f'<w:num w:numId="{n + 1}"><w:abstractNumId w:val="{n}"/></w:num>' for n in abstracts)
    return f"{XML_HEAD}<w:numbering {GOOGLE_NAMESPACES}>{body}</w:numbering>"


def google_settings():
    return (f"{XML_HEAD}<w:settings {GOOGLE_NAMESPACES}><w:displayBackgroundShape w:val=\"1\"/>"
            '<w:embedSystemFonts w:val="1"/><w:bordersDoNotSurroundHeader w:val="1"/><w:bordersDoNotSurroundFooter w:val="1"/>'
            '<w:defaultTabStop w:val="720"/><w:compat><w:doNotWrapTextWithPunct w:val="1"/><w:doNotUseEastAsianBreakRules w:val="1"/>'
            '<w:compatSetting w:val="14" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
            "</w:compat><w:clrSchemeMapping/></w:settings>")


def google_package(pkg, blocks, numbering_kinds):
    parts = {"word/settings.xml": google_settings(), "word/numbering.xml": google_numbering(numbering_kinds),
             "word/fontTable.xml": font_table_xml([("Arial", "00", "auto")], GOOGLE_NAMESPACES)}
    document = document_xml(blocks, namespaces=GOOGLE_NAMESPACES, google=True)
    return pkg.build(document, google_styles(), None, None, parts)  # Google writes no docProps


# ---------------------------------------------------------------------------------------------------
# 4. google-docs.docx: a school's policy written in Google Docs


def google_docs():
    pkg, g = Package(), GoogleDoc()
    bullet = lambda *runs: g.para(*runs, num=(1, 0))
    cell_text = lambda words, bold=False: g.para(g.run(words, bold=bold), in_cell=True, spacing='<w:spacing w:line="240" w:lineRule="auto"/>')
    blocks = [
        g.para(g.run("Remote Education Policy"), style="Title", heading_id="gjdgxs"),
        g.para(g.run("Oakfield Primary School"), style="Subtitle"),
        g.empty(),
        g.table([2257.25, 2257.25, 2257.25, 2257.25], [
            [cell_text("Last reviewed:", bold=True), cell_text("September 2025"), cell_text("Next review:", bold=True),
             cell_text("September 2026")],
            [cell_text("Approved by:", bold=True), cell_text("Governing Body"), cell_text("Policy lead:", bold=True),
             cell_text("Mr Daniel Reeve")],
        ], fill="f3f3f3"),
        g.empty(),
        g.para(g.run("1. Aims"), style="Heading1", heading_id="30j0zll"),
        g.empty(),
        g.text("This policy sets out how the school teaches pupils who cannot come to school, for example when the "
               "school or a class is closed, so that their learning carries on and they stay safe."),
        g.empty(),
        g.para(g.run("2. Roles and responsibilities"), style="Heading1", heading_id="1fob9te"),
        g.empty(),
        g.para(g.run("2.1 Teachers"), style="Heading2", heading_id="3znysh7"),
        g.empty(),
        g.text("Teachers:"),
        bullet(g.run("set work every school day on Google Classroom by 9am;")),
        bullet(g.run("give feedback on at least one piece of each pupil\u2019s work every day;")),
        # A link made in Google Docs to a heading of the same document.
        bullet(g.run("report any safeguarding concern as "), g.link("_heading=h.2et92p0", g.run("section 4", link=True)),
               g.run(" says.")),
        g.empty(),
        g.para(g.run("2.2 Pupils and parents"), style="Heading2", heading_id="tyjcwt"),
        g.empty(),
        # A heading link whose text was copied from another Google document: it stays "#heading=h.…", a link
        # to no bookmark in this document (this document's bookmark is "_heading=h.3dy6vkm").
        g.para(g.run("Pupils log in to Google Classroom by 9.30am. Parents tell the school office before 9.30am if their "
                     "child is unwell and cannot work (see "),
               g.link(pkg.link("#heading=h.3dy6vkm"), g.run("Attendance", link=True)), g.run(").")),
        g.para(style="Heading2"),  # an empty heading paragraph, left where a heading was deleted
        g.empty(),
        g.para(g.run("3. Attendance"), style="Heading1", heading_id="3dy6vkm"),
        g.empty(),
        g.text("The class teacher records who has logged in each day. If a pupil has not logged in for two days in a "
               "row, the office telephones home."),
        g.empty(),
        g.para(g.run("4. Safeguarding"), style="Heading1", heading_id="2et92p0"),
        g.empty(),
        # A link to a heading in another Google document (its address, then #heading=h.…).
        g.para(g.run("Staff follow the Child Protection and Safeguarding Policy, in particular "),
               g.link(pkg.link("https://docs.google.com/document/d/1Qx7oakfieldSafeguarding2025ExampleOnly/edit#heading=h.17dp8vu"),
                      g.run("its section on online abuse", link=True)),
               g.run(". Live lessons are given only to a whole class or group, never to one pupil alone, and staff "
                     "wear the clothes they would wear in school.")),
        g.empty(),
        g.para(g.run("5. Review"), style="Heading1", heading_id="26in1rg"),
        g.empty(),
        g.text("This policy is reviewed every year by the Headteacher and approved by the Governing Body: see the "
               "dates at the top."),
        g.empty(),
    ]
    return google_package(pkg, blocks, ["bullet"])


# ---------------------------------------------------------------------------------------------------
# LibreOffice 7.4 (File › Save As › Word 2007-365), in the shape of a real export checked against
# `soffice --convert-to docx`: every paragraph carries <w:bidi w:val="0"/><w:jc w:val="start"/> and an
# empty <w:rPr>; headings are numbered by their style (outline numbering: the numPr sits in the style,
# not the paragraph); each heading holds an empty "__RefHeading___Toc…" bookmark before its text; style
# ids are LibreOffice's (TextBody, InternetLink, IndexLink, ContentsHeading, Contents1) under Word's names
# ("Body Text", "Hyperlink", "TOC 1"); indents are w:start, not w:left; cross-references are
# REF fields with \n (the heading's number) or without (its words).


class LibreDoc:
    def __init__(self, suffix="2212934117"):
        self.marks = Marks()
        self.suffix = suffix

    @staticmethod
    def run(text, style=None, bold=False, italic=False):
        props = f'<w:rStyle w:val="{style}"/>' if style else ""
        props += "<w:b/><w:bCs/>" if bold else ""
        props += "<w:i/><w:iCs/>" if italic else ""
        return r(text).replace("<w:r>", f"<w:r><w:rPr>{props}</w:rPr>", 1)

    @staticmethod
    def para(*content, style="TextBody", num=None, ind=None):
        ppr = f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if ind:
            ppr += f'<w:ind w:start="{ind[0]}" w:hanging="{ind[1]}"/>'
        ppr += '<w:bidi w:val="0"/><w:jc w:val="start"/><w:rPr></w:rPr>'
        return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(content)}</w:p>"

    def text(self, words, **kwargs):
        return self.para(self.run(words), **kwargs)

    def anchor(self, number):
        return f"__RefHeading___Toc{number}_{self.suffix}"

    def heading(self, level, words, number):
        """A heading with LibreOffice's empty bookmark before its text."""
        return self.para(self.marks.around(self.anchor(number)), self.run(words), style=f"Heading{level}")

    @staticmethod
    def footnote(note_id):
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteAnchor"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'

    @staticmethod
    def footnotes(pkg, notes):
        """footnotes.xml as LibreOffice writes it: separators with ids 0 and 1, the notes from id 2."""
        body = ('<w:footnote w:id="0" w:type="separator"><w:p><w:pPr><w:rPr><w:sz w:val="12"/></w:rPr></w:pPr><w:r>'
                '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1" w:type="continuationSeparator"><w:p><w:pPr>'
                '<w:rPr><w:sz w:val="12"/></w:rPr></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for index, content in enumerate(notes, start=2):
            body += (f'<w:footnote w:id="{index}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:bidi w:val="0"/>'
                     '<w:jc w:val="start"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/>'
                     f'</w:rPr><w:footnoteRef/></w:r>{LibreDoc.run(chr(9))}{content}</w:p></w:footnote>')
        return f"{XML_HEAD}<w:footnotes {LIBRE_NAMESPACES}>{body}</w:footnotes>"

    @staticmethod
    def field(instruction, shown):
        empty = "<w:rPr></w:rPr>"
        return (f'<w:r>{empty}<w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r>{empty}<w:instrText '
                f'xml:space="preserve">{escape(instruction)}</w:instrText></w:r><w:r>{empty}<w:fldChar '
                f'w:fldCharType="separate"/></w:r>{LibreDoc.run(shown)}<w:r>{empty}<w:fldChar w:fldCharType="end"/></w:r>')

    def toc(self, entries):
        """LibreOffice's index: a content control holding "Contents" (ContentsHeading) and one Contents1/2
        paragraph per heading, each a hyperlink of IndexLink runs; the TOC field opens in the first entry."""
        paragraphs = [self.para(self.run("Contents"), style="ContentsHeading")]
        for index, (depth, words, number, page) in enumerate(entries):
            opening = ""
            if index == 0:
                opening = ('<w:r><w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr><w:rStyle w:val="IndexLink"/>'
                           '</w:rPr><w:instrText xml:space="preserve"> TOC \\f \\o &quot;1-9&quot; \\h</w:instrText></w:r>'
                           '<w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>')
            closing = ('<w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                       if index == len(entries) - 1 else "")
            entry = hyperlink_anchor(self.anchor(number), self.run(f"{words}\t{page}", style="IndexLink"), history=False)
            paragraphs.append(self.para(opening, entry, closing, style=f"Contents{depth}").replace(
                '<w:bidi w:val="0"/>', '<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="right" w:pos="9638" '
                'w:leader="dot"/></w:tabs><w:bidi w:val="0"/>', 1))
        return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique w:val="true"/>'
                f"</w:docPartObj></w:sdtPr><w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>")


LIBRE_FONT = ('<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Noto Sans CJK SC" '
              'w:cs="Noto Sans Devanagari"/>')


def libre_styles(extra=()):
    base_ppr = '<w:widowControl w:val="false"/><w:bidi w:val="0"/>'
    base_rpr = f'{LIBRE_FONT}<w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>' \
               '<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'

    def lstyle(style_id, name, ppr="", rpr_="", kind="paragraph", based_on=None, next_style=None, q=True):
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
        return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based}{nxt}'
                f'{"<w:qFormat/>" if q else ""}{"<w:pPr>" + ppr + "</w:pPr>" if kind == "paragraph" else ""}<w:rPr>{rpr_}</w:rPr></w:style>')

    heading = lambda n, size: lstyle(f"Heading{n}", f"Heading {n}",
                                     f'<w:keepNext w:val="true"/><w:numPr><w:ilvl w:val="{n - 1}"/><w:numId w:val="1"/></w:numPr>'
                                     f'<w:spacing w:before="{240 - 40 * n}" w:after="120"/><w:bidi w:val="0"/><w:outlineLvl w:val="{n - 1}"/>',
                                     f'{LIBRE_FONT}<w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
                                     based_on="Heading", next_style="TextBody")
    styles = [
        lstyle("Normal", "Normal", base_ppr, base_rpr),
        heading(1, 36), heading(2, 32),
        lstyle("InternetLink", "Hyperlink", rpr_='<w:color w:val="000080"/><w:u w:val="single"/>', kind="character", q=False),
        lstyle("IndexLink", "Index Link", kind="character"),
        lstyle("Heading", "Heading", '<w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/>',
               f'{LIBRE_FONT}<w:sz w:val="28"/><w:szCs w:val="28"/>', based_on="Normal", next_style="TextBody"),
        lstyle("TextBody", "Body Text", '<w:spacing w:lineRule="auto" w:line="276" w:before="0" w:after="140"/>',
               based_on="Normal", q=False),
        lstyle("List", "List", based_on="TextBody", q=False),
        lstyle("Title", "Title", '<w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/>',
               based_on="Heading", next_style="TextBody"),
        lstyle("ContentsHeading", "TOC Heading", '<w:suppressLineNumbers/><w:ind w:start="0" w:hanging="0"/>',
               '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>', based_on="Heading"),
        lstyle("Contents1", "TOC 1", '<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="right" w:pos="9638" '
               'w:leader="dot"/></w:tabs><w:ind w:start="0" w:hanging="0"/>', based_on="Index"),
        lstyle("Contents2", "TOC 2", '<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="right" w:pos="9638" '
               'w:leader="dot"/></w:tabs><w:ind w:start="283" w:hanging="0"/>', based_on="Index"),
        lstyle("Index", "Index", "<w:suppressLineNumbers/>", based_on="Normal"),
        lstyle("HeaderandFooter", "Header and Footer", '<w:suppressLineNumbers/><w:tabs><w:tab w:val="clear" w:pos="709"/>'
               '<w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>', based_on="Normal"),
        lstyle("Footer", "Footer", "", based_on="HeaderandFooter"),
        lstyle("FootnoteText", "Footnote Text", '<w:suppressLineNumbers/><w:ind w:start="339" w:hanging="339"/>',
               '<w:sz w:val="20"/><w:szCs w:val="20"/>', based_on="Normal"),
        lstyle("FootnoteCharacters", "Footnote Characters", kind="character", q=False),
        lstyle("FootnoteAnchor", "Footnote Anchor", rpr_='<w:vertAlign w:val="superscript"/>', kind="character", q=False),
        *extra,
    ]
    return (f'{XML_HEAD}<w:styles {LIBRE_NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>{LIBRE_FONT}'
            '<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault></w:docDefaults>'
            f"{''.join(styles)}</w:styles>")


def libre_numbering(bullets=True):
    """numId 1: the outline numbering the heading styles carry ("1.", "1.1."); numId 2: a bullet list in
    LibreOffice's OpenSymbol bullet."""
    outline = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/>{"<w:pStyle w:val=" + chr(34) + "Heading" + str(n + 1) + chr(34) + "/>" if n < 2 else ""}'
        f'<w:numFmt w:val="{"decimal" if n < 2 else "none"}"/>{"" if n < 2 else "<w:suff w:val=" + chr(34) + "nothing" + chr(34) + "/>"}'
        f'<w:lvlText w:val="{["%1.", "%1.%2."][n] if n < 2 else ""}"/><w:lvlJc w:val="start"/><w:pPr><w:tabs><w:tab '
        f'w:val="num" w:pos="{[432, 576][n] if n < 2 else 0}"/></w:tabs><w:ind w:start="{[432, 576][n] if n < 2 else 0}" '
        f'w:hanging="{[432, 576][n] if n < 2 else 0}"/></w:pPr></w:lvl>' for n in range(9))
    bullet = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="start"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{720 + 360 * n}"/></w:tabs><w:ind w:start="{720 + 360 * n}" w:hanging="360"/>'
        '</w:pPr><w:rPr><w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:cs="OpenSymbol" w:hint="default"/></w:rPr></w:lvl>'
        for n in range(9))
    body = f'<w:abstractNum w:abstractNumId="1">{outline}</w:abstractNum>'
    if bullets:
        body += f'<w:abstractNum w:abstractNumId="2">{bullet}</w:abstractNum>'
    body += '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    if bullets:
        body += '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    return f"{XML_HEAD}<w:numbering {LIBRE_NAMESPACES}>{body}</w:numbering>"


def libre_package(pkg, blocks, title, footer_text=None, footnotes=None):
    parts = {"word/numbering.xml": libre_numbering(),
             "word/settings.xml": (f'{XML_HEAD}<w:settings {LIBRE_NAMESPACES}><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
                                   '<w:autoHyphenation w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                                   'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'),
             "word/fontTable.xml": font_table_xml([("Liberation Sans", "00", "swiss"), ("OpenSymbol", "02", "auto")],
                                                  LIBRE_NAMESPACES)}
    if footnotes:
        parts["word/footnotes.xml"] = footnotes
    footer = None
    if footer_text:
        parts["word/footer1.xml"] = header_footer_xml("ftr", [LibreDoc.para(
            LibreDoc.run(footer_text + "\t\tPage "), LibreDoc.field(" PAGE ", "1"), style="Footer")], LIBRE_NAMESPACES)
        footer = part_rel_id("word/footer1.xml")
    document = document_xml(blocks, namespaces=LIBRE_NAMESPACES, libre=True, footer=footer)
    # LibreOffice writes docProps in its own order, with a language and without a company.
    core = (f'{XML_HEAD}{CORE_ROOT}'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{CREATED}</dcterms:created><dc:creator></dc:creator>'
            '<dc:description></dc:description><dc:language>en-GB</dc:language><cp:lastModifiedBy></cp:lastModifiedBy>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{MODIFIED}</dcterms:modified><cp:revision>3</cp:revision>'
            f"<dc:subject></dc:subject><dc:title>{escape(title)}</dc:title></cp:coreProperties>")
    app = (f'{XML_HEAD}{APP_ROOT}<Template></Template>'
           "<TotalTime>38</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application>"
           "<AppVersion>15.0000</AppVersion><Pages>2</Pages><Words>470</Words></Properties>")
    return pkg.build(document, libre_styles(), core, app, parts)


# ---------------------------------------------------------------------------------------------------
# 5. libreoffice.docx: a school's complaints procedure, written in LibreOffice


def libreoffice():
    pkg, lo = Package(), LibreDoc()
    run, text = lo.run, lo.text
    bullet = lambda words: lo.para(run(words), num=(2, 0))
    headings = [(1, "Introduction", 101), (1, "Who can complain", 103), (1, "The three stages", 105),
                (2, "Stage 1: talking to the class teacher", 107), (2, "Stage 2: writing to the Headteacher", 109),
                (2, "Stage 3: the governors\u2019 complaints panel", 111), (1, "Time limits", 113),
                (1, "Unreasonable complaints", 115), (1, "Review", 117)]
    numbers = {101: "1.", 103: "2.", 105: "3.", 107: "3.1.", 109: "3.2.", 111: "3.3.", 113: "4.", 115: "5.", 117: "6."}
    h = {n: lo.heading(depth, words, n) for depth, words, n in headings}
    blocks = [
        lo.para(run("Complaints Procedure"), style="Title"),
        text("St Mary\u2019s Catholic Primary School"),
        lo.toc([(depth, f"{numbers[n]} {words}", n, 1 if n < 109 else 2) for depth, words, n in headings]),
        h[101],
        text("St Mary\u2019s Catholic Primary School takes every concern and complaint seriously. Most concerns are "
             "settled quickly by talking to the class teacher; this procedure says what happens when they are not."),
        h[103],
        text("Any parent or carer of a pupil at the school, and any member of the public who is affected by what the "
             "school does, can make a complaint. This procedure does not cover:"),
        bullet("admissions, which the Diocese of Northshire handles;"),
        bullet("exclusions, which have their own appeal;"),
        bullet("complaints about staff conduct, which follow the disciplinary procedure."),
        h[105],
        text("A complaint moves through up to three stages. Each stage is answered in writing."),
        h[107],
        text("Talk to your child\u2019s class teacher, in person or by telephone. Most concerns end here."),
        h[109],
        lo.para(run("If you are not satisfied, write to the Headteacher, Mr Daniel O\u2019Connor, at "),
                hyperlink_rel(pkg.link("mailto:head@stmarys-northshire.example"),
                              run("head@stmarys-northshire.example", style="InternetLink")),
                run(". The time limits are in "), hyperlink_anchor(lo.anchor(113), run("section 4", style="InternetLink"),
                                                                   history=False), run(".")),
        h[111],
        lo.para(run("If you are still not satisfied after stage 2, write to the Chair of Governors, Mrs Anne Kowalski, "
                    "care of the school office. Three governors who know nothing of the complaint hear it, as "
                    "section "), lo.field(f" REF {lo.anchor(105)} \\n \\h ", "3."),
                run(" (\u201c"), lo.field(f" REF {lo.anchor(105)} \\h ", "The three stages"), run("\u201d) describes. "),
                hyperlink_anchor("Ask_for_stage_3", run("Ask for it in time", style="InternetLink"), history=False),
                run(".")),
        h[113],
        lo.para(run("A complaint is made within three months of what it is about. The school answers at stage 2 within "
                    "15 school days and at stage 3 within 20 school days."), LibreDoc.footnote(2)),
        # A bookmark the author put on an ordinary paragraph (LibreOffice writes the spaces of its name as "_").
        lo.para(lo.marks.around("Ask_for_stage_3", run("Ask for stage 3 within 10 school days of the answer at stage 2 "
                                                       "(see ")), lo.field(f" REF {lo.anchor(111)} \\n \\h ", "3.3."),
                run(").")),
        h[115],
        text("The school will not deal with a complaint that repeats one already settled, or one made in abusive "
             "language. The Chair of Governors writes to say so."),
        lo.para(run("After stage 3, a complaint can go to the Department\u2019s complaints service; the school sends the "
                    "details with its answer."), ind=(709, 0)),
        h[117],
        text("This procedure will be reviewed every two years by the Governing Body."),
        text("Approved by the Governing Body on 24 June 2025."),
    ]
    notes = LibreDoc.footnotes(pkg, [
        LibreDoc.run("School days are Monday to Friday in term time; see the ") + hyperlink_rel(
            pkg.note_link("https://www.northshire.example/schools/term-dates"),
            LibreDoc.run("Northshire term dates", style="InternetLink")) + LibreDoc.run(".")])
    return libre_package(pkg, blocks, "Complaints Procedure", footer_text="St Mary\u2019s Catholic Primary School \u2013 "
                         "Complaints Procedure", footnotes=notes)


# ---------------------------------------------------------------------------------------------------
# 6. public-body-model.docx: a national model policy as a government department publishes it


def text_box(paragraphs, shape_id=1, name="Text Box 2"):
    """A floating text box as Word 2010 and later write it: mc:AlternateContent whose Choice is a
    DrawingML shape (wps:txbx) and whose Fallback is the same text in a VML v:textbox, for older readers.
    The text is there twice."""
    content = "".join(paragraphs)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">'
            '<wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>45720'
            '</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="5400000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="E7F0F5"/></a:solidFill></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="{name.replace(" ", "_")}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
            'margin-left:0;margin-top:3.6pt;width:425.2pt;height:56.7pt;z-index:251659264;mso-position-horizontal:center;'
            'mso-position-horizontal-relative:margin" fillcolor="#e7f0f5"><v:textbox>'
            f'<w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/>'
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def public_body_model():
    pkg, marks = Package(), Marks()
    link = lambda text: r(text, style="Hyperlink")
    ref = footnote_ref
    toc = [(1, "Summary", "_Toc201000001", 3), (1, "1.\tAims", "_Toc201000002", 4),
           (1, "2.\tLegislation and statutory responsibilities", "_Toc201000003", 4),
           (1, "3.\tRoles and responsibilities", "_Toc201000004", 4), (1, "4.\tEqual opportunities", "_Toc201000005", 5),
           (1, "5.\tBeing notified that a child has a medical condition", "_Toc201000006", 5),
           (1, "6.\tIndividual healthcare plans", "_Toc201000007", 5), (1, "7.\tManaging medicines", "_Toc201000008", 6),
           (1, "8.\tEmergency procedures", "_Toc201000009", 6), (1, "9.\tMonitoring arrangements", "_Toc201000010", 7),
           (1, "10.\tLinks with other policies", "_Toc201000011", 7),
           (1, "Annex A: Being notified that a child has a medical condition", "_Toc201000012", 8)]
    headings = {bookmark: words for _, words, bookmark, _ in toc}

    def heading(bookmark):
        words = headings[bookmark]
        content = "".join(r(piece) if piece != "\t" else "<w:r><w:tab/></w:r>" for piece in split_tabs(words))
        return p(marks.around(bookmark, content), style="Heading1")

    body = lambda *runs: p(*runs)
    bullet = lambda *runs: p(*runs, style="ListParagraph", num=(1, 0))
    number = lambda *runs: p(*runs, style="ListParagraph", num=(2, 0))
    c = lambda text, bold=False: p(r(text, bold=bold))
    roles = table([2600, 2000, 4416],
                  row(cell(2600, c("Role", True)), cell(2000, c("Name", True)), cell(4416, c("Responsibility", True)), header=True),
                  row(cell(2600, c("Governing board")), cell(2000, c("[Name of chair]")),
                      cell(4416, c("Makes sure that this policy is in place and carried out"))),
                  row(cell(2600, c("Headteacher")), cell(2000, c("[Name]")),
                      cell(4416, c("Makes sure that enough staff are trained, and that individual healthcare plans are written"))),
                  row(cell(2600, c("School nurse")), cell(2000, c("[Name]")),
                      cell(4416, c("Tells the school when a child with a medical condition is about to join"))))
    key_point = text_box([p(r("Key point: governing boards must make arrangements to support pupils at school with "
                              "medical conditions, and should make sure that a policy is in place, reviewed regularly "
                              "and readily accessible to parents and staff."), style="KeyPoint")])
    blocks = [
        # The cover page
        p(r("Supporting pupils at school with medical conditions"), style="Title"),
        p(r("Model policy for governing bodies of maintained schools and proprietors of academies in England"),
          style="Subtitle"),
        p(r("September 2025")),
        p(r("Department for Schools and Learning")),
        p(page_break()),
        p(r("Contents"), style="TOCHeading"),
        toc_field(toc, tab_pos=9010),
        p(page_break()),
        heading("_Toc201000001"),
        body(r("This is a model policy from the Department for Schools and Learning. Schools may adopt it as it "
               "stands, or adapt it. "), i("[Replace the words in square brackets with your school\u2019s details, "
                                           "and delete this note.]")),
        p(key_point, r("The model follows the statutory guidance on supporting pupils with medical conditions."),
          footnote_ref(1)),
        heading("_Toc201000002"),
        body(r("This policy aims to make sure that:")),
        bullet(r("pupils, staff and parents understand how [Name of school] will support pupils with medical conditions;")),
        bullet(r("pupils with medical conditions are properly supported to allow them to access the same education as "
                 "other pupils, including school trips and sporting activities.")),
        heading("_Toc201000003"),
        body(r("This policy meets the requirements under section 100 of the Children and Families Act 2014"), ref(2),
             r(", which places a duty on governing boards to make arrangements for supporting pupils at their school "
               "with medical conditions.")),
        heading("_Toc201000004"),
        p(r("Table 1: Roles"), style="Caption", keep_next=True),
        roles,
        body(r("The governing board has ultimate responsibility to make arrangements to support pupils with medical "
               "conditions.")),
        heading("_Toc201000005"),
        body(r("Parents\u2019 and pupils\u2019 views will be taken into account. The school will consider what "
               "reasonable adjustments need to be made to enable pupils with medical conditions to take part fully "
               "and safely in school trips, visits and sporting activities.")),
        heading("_Toc201000006"),
        body(r("When the school is notified that a pupil has a medical condition, the process in "),
             hyperlink_anchor("_Toc201000012", link("Annex A")), r(" will be followed.")),
        heading("_Toc201000007"),
        body(r("The headteacher has overall responsibility for the development of individual healthcare plans (IHPs). "
               "Plans will be reviewed at least annually, or earlier if there is evidence that the pupil\u2019s needs "
               "have changed.")),
        heading("_Toc201000008"),
        body(r("Prescription and non-prescription medicines will only be administered at school:")),
        number(r("when it would be detrimental to the pupil\u2019s health or school attendance not to do so; and")),
        number(r("where the school has parents\u2019 written consent.")),
        body(r("Pupils under 16 will not be given medicine containing aspirin unless prescribed by a doctor.")),
        heading("_Toc201000009"),
        body(r("Staff will follow the school\u2019s normal emergency procedures (for example, calling 999). All pupils\u2019 "
               "IHPs will clearly set out what constitutes an emergency and what to do.")),
        heading("_Toc201000010"),
        body(r("This policy will be reviewed and approved by the governing board every year.")),
        heading("_Toc201000011"),
        body(r("This policy links to the following policies:")),
        bullet(hyperlink_rel(pkg.link("accessibility-plan.docx"), link("Accessibility plan"))),
        bullet(hyperlink_rel(pkg.link("../Complaints/complaints-procedure.docx"), link("Complaints"))),
        bullet(hyperlink_rel(pkg.link("Equality%20information%20and%20objectives.docx"),
                             link("Equality information and objectives"))),
        bullet(hyperlink_rel(pkg.link("first-aid.docx#_Toc190000101"), link("First aid"))),
        bullet(r("Health and safety")),
        bullet(hyperlink_rel(pkg.link("/policies/send-information-report.pdf"), link("Special educational needs information report and policy"))),
        # The annex starts on a new page: a page break run at the end of the last paragraph before it.
        p(page_break()),
        heading("_Toc201000012"),
        body(r("The process, from the school being told to the plan being in place, takes no more than two weeks"), ref(3),
             r(":")),
        number(r("Parent or healthcare professional tells the school that the child has a medical condition.")),
        number(r("Headteacher or senior member of staff co-ordinates a meeting to discuss the child\u2019s needs.")),
        number(r("A healthcare professional commissions or delivers training, and staff are signed off as competent.")),
        number(r("The IHP is put in place and shared with the staff who need it.")),
    ]
    notes = word_notes("footnotes", [
        r("Supporting pupils at school with medical conditions, statutory guidance, ") + hyperlink_rel(
            pkg.note_link("https://www.schools-and-learning.example/guidance/supporting-pupils-medical-conditions"),
            r("www.schools-and-learning.example/guidance", style="Hyperlink")) + r("."),
        r("Children and Families Act 2014, section 100: ") + hyperlink_rel(
            pkg.note_link("https://www.legislation.example/ukpga/2014/6/section/100"),
            r("legislation.example/ukpga/2014/6/section/100", style="Hyperlink")),
        r("Or as soon as possible in the case of a new diagnosis or a child moving to the school mid-term."),
    ])
    numbering = numbering_xml({0: ("hybridMultilevel", bullet_levels()), 1: ("hybridMultilevel", decimal_levels())},
                              [(1, 0, None), (2, 1, None)])
    first_header = header_footer_xml("hdr", [p()])
    header = header_footer_xml("hdr", [p(r("Supporting pupils at school with medical conditions: model policy",
                                           color="104F75"), style="Header")])
    footer = header_footer_xml("ftr", [p(r("\u00a9 Department for Schools and Learning 2025\t\t"),
                                         field(" PAGE   \\* MERGEFORMAT ", r("4", extra="<w:noProof/>")), style="Footer")])
    sect = section_properties(header=part_rel_id("word/header2.xml"), footer=part_rel_id("word/footer1.xml"),
                              title_page=True).replace(
        "<w:footerReference", f'<w:headerReference w:type="first" r:id="{part_rel_id("word/header1.xml")}"/><w:footerReference')
    document = f"{XML_HEAD}<w:document {WORD_NAMESPACES}><w:body>{''.join(blocks)}{sect}</w:body></w:document>"
    styles = styles_xml(word_styles("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Title",
                                    "Subtitle", "ListParagraph", "Caption", "TOCHeading", "TOC1", "Header", "Footer",
                                    "FootnoteText", "FootnoteReference", "Hyperlink", "TableGrid", "KeyPoint",
                                    "Heading1Char", "TitleChar", "HeaderChar", "FooterChar", "FootnoteTextChar"))
    parts = {"word/numbering.xml": numbering, "word/footnotes.xml": notes,
             "word/endnotes.xml": word_notes("endnotes", []), "word/header1.xml": first_header,
             "word/header2.xml": header, "word/footer1.xml": footer, "word/settings.xml": settings_xml(footnotes=True),
             "word/fontTable.xml": font_table_xml(WORD_FONTS), "word/webSettings.xml": web_settings_xml()}
    return pkg.build(document, styles,
                     core_xml("Supporting pupils at school with medical conditions: model policy", "DfSL",
                              "Policy Publishing Team", "2025-06-30T09:00:00Z", "2025-09-01T08:00:00Z", 31,
                              subject="Model policy", keywords="medical conditions; model policy; schools"),
                     app_xml(minutes=WORD_MINUTES, company="Department for Schools and Learning", pages=8, words=1450,
                             template="DfSL Publication Template.dotx"), parts)


# ---------------------------------------------------------------------------------------------------
# 8. nursery/: a day nursery's policies, each shaped as the nursery's staff really made it

NURSERY = "Bramble Lane Day Nursery"


def list_numbering(kinds, namespaces=WORD_NAMESPACES):
    """numId n + 1 for each kind: "bullet", "decimal" (1. a. i.), "paren" (1. a) i.), "dash" (– bullets)."""
    abstracts, nums = {}, []
    for index, kind in enumerate(kinds):
        if kind == "bullet":
            levels = bullet_levels()
        elif kind == "dash":
            levels = [level(n, "bullet", "\u2013", 720 * (n + 1), font="Calibri") for n in range(9)]
        elif kind == "paren":
            levels = [level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "%2)", 1440),
                      level(2, "lowerRoman", "%3.", 2160, hanging=180, jc="right")] + decimal_levels()[3:]
        else:
            levels = decimal_levels()
        abstracts[index] = ("hybridMultilevel", levels)
        nums.append((index + 1, index, None))
    return numbering_xml(abstracts, nums, namespaces)


def word_package(pkg, blocks, style_names, title, author, modified, revision, words, numbering=None, parts=None,
                 company=NURSERY, settings=None, header=None, footer=None):
    all_parts = {"word/settings.xml": settings or settings_xml(), "word/fontTable.xml": font_table_xml(WORD_FONTS)}
    if numbering:
        all_parts["word/numbering.xml"] = numbering
    sect = {}
    if header:
        all_parts["word/header1.xml"] = header_footer_xml("hdr", [p(r(header), style="Header")])
        sect["header"] = part_rel_id("word/header1.xml")
    if footer:
        all_parts["word/footer1.xml"] = header_footer_xml("ftr", [p(r(footer + "\tPage "), field(" PAGE ", r("1")), style="Footer")])
        sect["footer"] = part_rel_id("word/footer1.xml")
    all_parts.update(parts or {})
    names = ["Normal", "DefaultParagraphFont", "TableNormal", "NoList", *style_names]
    if header or footer:
        names += ["Header", "Footer", "HeaderChar", "FooterChar"]
    styles = styles_xml(word_styles(*dict.fromkeys(names)))
    return pkg.build(document_xml(blocks, **sect), styles,
                     core_xml(title, author, author, CREATED, modified, revision),
                     app_xml(minutes=WORD_MINUTES, company=company, pages=max(1, words // 400), words=words), all_parts)


def nursery_safeguarding():
    """Word 365 with heading styles; a paragraph bookmark "abuse" and a link to it; a link to a _Toc bookmark
    that no longer exists (its heading was retyped); a link (HYPERLINK \\l) to a _Ref bookmark on a list
    item; a bulleted list then a numbered one; two numbered lists back to back."""
    pkg, marks = Package(), Marks()
    link = lambda text: r(text, style="Hyperlink")
    item = lambda text, num, lvl=0: p(r(text), style="ListParagraph", num=(num, lvl))
    heading = lambda level_, text, bookmark: p(marks.around(bookmark, r(text)), style=f"Heading{level_}")
    blocks = [
        p(r("Safeguarding and Child Protection Policy"), style="Title"),
        heading(1, "Our commitment", "_Toc180000001"),
        p(r(f"At {NURSERY} every child has the right to be safe. All staff, students and volunteers share the "
            "responsibility to protect the children in our care from harm, and to act on any worry about a child "
            "straight away.")),
        heading(1, "What abuse is", "_Toc180000002"),
        p(marks.around("abuse", r("Abuse is anything that causes a child significant harm: physical abuse, emotional "
                                  "abuse, sexual abuse or neglect. Children may be abused by an adult or by another "
                                  "child, in person or online."))),
        p(r("Signs that a child may be suffering harm include:")),
        item("unexplained bruises, marks or injuries, especially on soft parts of the body;", 1),
        item("a change in behaviour: becoming withdrawn, clingy or aggressive;", 1),
        item("a child often arriving hungry, unwashed or in unsuitable clothes.", 1),
        item("Staff record what they see, not what they think it means.", 2),
        item("Staff never ask a child leading questions.", 2),
        heading(1, "Our Designated Safeguarding Lead", "_Toc180000003"),
        p(r("Our Designated Safeguarding Lead (DSL) is Mrs Kerry Walsh, the nursery manager. Our deputy DSL is "
            "Miss Jade Fielding. One of them is always on site when the nursery is open. Email the DSL at "),
          r("dsl@bramblelane-nursery.example", style="Hyperlink"), r(".")),
        # The heading was retyped after the contents were made: its old _Toc180000004 bookmark went with it.
        p(r("If you are worried about a child"), style="Heading1"),
        p(r("Any member of staff who is worried that a child may be suffering "), hyperlink_anchor("abuse", link("abuse")),
          r(" must:")),
        item("write down what they saw or heard, in the child\u2019s own words where the child said something;", 3),
        p(marks.around("_Ref180000010", r("tell the DSL, or the deputy DSL if the DSL is away, before the end of the "
                                          "session;")), style="ListParagraph", num=(3, 0)),
        item("not discuss it with anyone else.", 3),
        item("If the DSL thinks the child is at risk, she telephones the Northshire Children\u2019s Front Door on "
             "01632\u00a0960\u00a0500 the same day.", 4),
        item("If a child is in immediate danger, anyone may call 999.", 4),
        heading(1, "Allegations against staff", "_Toc180000005"),
        p(r("An allegation against a member of staff is reported to the manager, who contacts the Local Authority "
            "Designated Officer (LADO) on 01632\u00a0960\u00a0888 within one working day and tells Ofsted within 14 "
            "days. Staff report it in the same way as any other worry about a child (see "),
          hyperlink_anchor("_Toc180000004", link("If you are worried about a child")), r("), and in particular they "),
          field(' HYPERLINK \\l "_Ref180000010" ', link("tell the DSL")), r(".")),
        heading(1, "Review", "_Toc180000006"),
        p(r("This policy is reviewed every year by the manager and the owner.")),
        p(r("Last reviewed: September 2025. Next review: September 2026.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "ListParagraph", "Hyperlink", "Heading1Char", "TitleChar"],
                        "Safeguarding and Child Protection Policy", "Kerry Walsh", "2025-09-04T15:02:00Z", 21, 520,
                        numbering=list_numbering(["bullet", "decimal", "decimal", "decimal"]),
                        footer=f"{NURSERY} \u2013 Safeguarding and Child Protection")


def nursery_accidents():
    """No heading styles: bold Normal paragraphs with an outline level (Paragraph › Outline level 1), so
    that Word's table of contents still lists them; the TOC's _Toc bookmarks sit in those paragraphs,
    which pandoc does not take as headings. Two numbered lists back to back."""
    pkg, marks = Package(), Marks()
    outline = '<w:outlineLvl w:val="0"/>'
    entries = [(1, "Introduction", "_Toc170000001", 1), (1, "First aid", "_Toc170000002", 1),
               (1, "Recording accidents", "_Toc170000003", 1), (1, "Telling parents", "_Toc170000004", 2),
               (1, "Serious accidents", "_Toc170000005", 2), (1, "Review", "_Toc170000006", 2)]
    heading = lambda index: p(marks.around(entries[index][2], b(entries[index][1], size=26)), ppr_extra=outline,
                              keep_next=True)
    item = lambda text, num: p(r(text), style="ListParagraph", num=(num, 0))
    blocks = [
        p(b("Accident and Incident Policy", size=36), jc="center"),
        p(r(NURSERY), jc="center"),
        p(b("Contents")),
        toc_field(entries),
        heading(0),
        p(r("Children are active and curious, and small accidents happen. This policy says how we look after a child "
            "who is hurt, how we record it and how we tell parents.")),
        heading(1),
        p(r("At least one member of staff with a current paediatric first aid certificate is on site, and on every "
            "outing, whenever children are present. The first aid box is in the kitchen, on the shelf by the door.")),
        heading(2),
        p(r("Every accident, however small, is recorded the same day:")),
        item("the child\u2019s name, the date and the time;", 1),
        item("where it happened and what happened;", 1),
        item("what first aid was given, and by whom.", 1),
        item("The member of staff signs the record.", 2),
        item("The room leader checks it and signs it too.", 2),
        heading(3),
        p(r("Parents are told about any accident when they collect their child, and sign the record to say so. A "
            "bump to the head is always told by telephone straight away (see "),
          hyperlink_anchor("_Toc170000005", r("Serious accidents", style="Hyperlink")), r(").")),
        heading(4),
        p(r("If a child needs hospital treatment, the manager telephones the parents at once, and tells Ofsted within "
            "14 days. A child is never taken to hospital in a staff member\u2019s own car.")),
        heading(5),
        p(r("This policy is reviewed every year. Last reviewed September 2025 by Kerry Walsh, Manager.")),
    ]
    return word_package(pkg, blocks, ["ListParagraph", "Hyperlink", "TOC1"],
                        "", "Jade Fielding", "2025-09-10T10:20:00Z", 5, 330,
                        numbering=list_numbering(["bullet", "decimal"]))


def nursery_behaviour():
    """Google Docs, an older export: heading bookmarks named "_gjdgxs" (no "heading=h."), a link to a
    heading copied from another Google document ("#heading=h.…"), a "back to top" link to the title's
    bookmark, the review table at the top, empty paragraphs between everything."""
    pkg, g = Package(), GoogleDoc(bookmark_form="_{}")
    cell = lambda words, bold=False: g.para(g.run(words, bold=bold), in_cell=True,
                                           spacing='<w:spacing w:line="240" w:lineRule="auto"/>')
    bullet = lambda words: g.para(g.run(words), num=(1, 0))
    blocks = [
        g.para(g.run("Promoting Positive Behaviour"), style="Title", heading_id="gjdgxs"),
        g.empty(),
        g.table([3009.0, 6020.0], [
            [cell("Policy written:", True), cell("March 2023")],
            [cell("Last reviewed:", True), cell("September 2025")],
            [cell("Next review:", True), cell("September 2026")],
            [cell("Behaviour lead:", True), cell("Miss Jade Fielding")],
        ]),
        g.empty(),
        g.para(g.run("Our approach"), style="Heading1", heading_id="30j0zll"),
        g.empty(),
        g.text("We help children to learn how to behave by praising what they do well, by being good role models, and "
               "by explaining, in words they understand, why some things are not kind or not safe."),
        g.empty(),
        g.para(g.run("What we do"), style="Heading1", heading_id="1fob9te"),
        g.empty(),
        bullet("We notice and praise kind and helpful behaviour."),
        bullet("We use simple rules, with pictures, that the children helped to make."),
        bullet("We never use physical punishment, shouting or humiliation."),
        g.empty(),
        g.para(g.run("Biting"), style="Heading2", heading_id="3znysh7"),
        g.empty(),
        g.para(g.run("Biting is common in children under three. We comfort the child who was bitten first, then tell the "
                     "child who bit, calmly, that biting hurts. We tell both sets of parents the same day (see "),
               g.link(pkg.link("#heading=h.2et92p0"), g.run("working with parents", link=True)), g.run(").")),
        g.empty(),
        g.para(g.run("Working with parents"), style="Heading1", heading_id="2et92p0"),
        g.empty(),
        g.text("If a child\u2019s behaviour worries us, the key person talks to the parents and together we agree how to "
               "help, both at home and at nursery."),
        g.empty(),
        g.para(g.link("_gjdgxs", g.run("Back to top", link=True))),
        g.empty(),
    ]
    return google_package(pkg, blocks, ["bullet"])


def nursery_intimate_care():
    """One heading only: a Title, one Heading 1, everything else Normal. A bulleted list then a numbered one;
    a list followed by an indented paragraph; a list item of two paragraphs."""
    pkg = Package()
    item = lambda text, num: p(r(text), style="ListParagraph", num=(num, 0))
    blocks = [
        p(r("Nappy Changing and Intimate Care"), style="Title"),
        p(r("Every child who needs nappy changing or help with toileting has a named person who does it, usually "
            "their key person, so that the child feels safe and their dignity is respected.")),
        p(r("We always:")),
        item("wash our hands and wear disposable gloves and an apron;", 1),
        item("talk to the child about what we are doing;", 1),
        item("use the changing area in the bathroom, never in the playroom.", 1),
        p(r("Procedure"), style="Heading1"),
        item("Get everything ready before lifting the child onto the mat.", 2),
        item("Change the nappy, clean the child and put on the child\u2019s own cream if the parent has asked.", 2),
        p(r("We never use cream that the parent has not given us and signed for."), style="ListParagraph"),
        item("Put the child somewhere safe, then clean the mat and wash your hands.", 2),
        item("Write the time and anything unusual on the child\u2019s daily sheet.", 2),
        p(r("Students and new staff do not change nappies alone until the manager has signed them off."), ind=(720, None)),
        p(r("This policy was adopted on 3 March 2024 and is reviewed every year.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "ListParagraph", "Heading1Char", "TitleChar"],
                        "Nappy Changing", "Kerry Walsh", "2025-09-04T11:45:00Z", 4, 260,
                        numbering=list_numbering(["bullet", "decimal"]))


def nursery_sun():
    """No headings at all: a Title, paragraphs, a bulleted list, and a paragraph pasted from a web page
    (Normal (Web))."""
    pkg = Package()
    item = lambda text: p(r(text), style="ListParagraph", num=(1, 0))
    blocks = [
        p(r("Sun Protection Policy"), style="Title"),
        p(r("We want children to enjoy playing outside in all weathers, and to be protected from the sun. From April "
            "to September:")),
        item("children wear a sun hat outside; we keep spare hats for those who forget;"),
        item("parents put sun cream on their child before nursery, and we put it on again after lunch, with the "
             "parent\u2019s written permission;"),
        item("we keep to the shade between 11am and 3pm and offer water often."),
        p(r("Babies under six months are kept out of direct sunlight altogether. Young children\u2019s skin is thin and "
            "burns easily, even on a cloudy day."), style="NormalWeb"),
        p(r("Reviewed every year in March, before the summer term.")),
    ]
    return word_package(pkg, blocks, ["Title", "ListParagraph", "NormalWeb", "TitleChar"],
                        "Sun Protection Policy", "Jade Fielding", "2025-03-20T14:00:00Z", 3, 170,
                        numbering=list_numbering(["bullet"]))


def nursery_sickness():
    """A table of exclusion periods: cells merged across rows (vMerge) and columns (gridSpan), a Caption
    paragraph with a SEQ field and a link above it, and the table's own caption (tblCaption); a paragraph
    pasted from a web page."""
    pkg = Package()
    c = lambda text, **kw: p(r(text), **kw)
    caption = p(r("Table "), field(" SEQ Table \\* ARABIC ", r("1")), r(": How long a child stays at home (from the "),
                hyperlink_rel(pkg.link("https://www.health-protection.example/exclusion-table"),
                              r("health protection guidance", style="Hyperlink")), r(")"), style="Caption", keep_next=True)
    exclusions = table([3000, 3000, 3016],
                       row(cell(3000, p(b("Illness"))), cell(3000, p(b("Stay at home"))), cell(3016, p(b("Notes"))), header=True),
                       row(cell(3000, c("Sickness (vomiting)")), cell(3000, c("48 hours after the last time"), vmerge="restart"),
                           cell(3016, c("The same for every child in the family who is ill"), vmerge="restart")),
                       row(cell(3000, c("Diarrhoea")), cell(3000, p(), vmerge="continue"), cell(3016, p(), vmerge="continue")),
                       row(cell(3000, c("Chickenpox")), cell(3000, c("Until every spot has crusted over")),
                           cell(3016, c("Tell us: we let parents of babies and pregnant staff know"))),
                       row(cell(3000, c("Conjunctivitis")), cell(6016, c("No need to stay at home"), span=2)),
                       caption="Exclusion periods")
    blocks = [
        p(r("Sickness and Exclusion Periods"), style="Title"),
        p(r("Why we ask children to stay at home"), style="Heading1"),
        p(r("A child who is unwell needs to be at home with their parent, and illness spreads quickly among young "
            "children. We ask parents to keep a child at home for the times in the table.")),
        p(r("Exclusion periods"), style="Heading1"),
        caption,
        exclusions,
        p(r("Temperature"), style="Heading1"),
        p(r("If a child has a temperature of 38\u00b0C or more, we telephone the parent to collect them. We do not give "
            "medicine to bring a temperature down, unless a doctor has prescribed it."), style="NormalWeb"),
        p(r("Review"), style="Heading1"),
        p(r("This policy is reviewed every year. Last reviewed September 2025.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "Caption", "Hyperlink", "NormalWeb", "TableGrid",
                                      "Heading1Char", "TitleChar"],
                        "Sickness and Exclusion", "Kerry Walsh", "2025-09-08T09:10:00Z", 8, 290)


def nursery_phones():
    """Word with character styles (Strong, Emphasis, Hyperlink runs with no link), a REF cross-reference to a
    numbered paragraph, three numbered lists back to back, and a footnote holding a link."""
    pkg, marks = Package(), Marks()
    item = lambda *runs, num: p(*runs, style="ListParagraph", num=(num, 0))
    blocks = [
        p(r("Mobile Phones, Cameras and Devices"), style="Title"),
        p(r("Staff"), style="Heading1"),
        item(r("Staff "), r("must not", style="Strong"), r(" have their personal phones in the rooms. Phones are locked "
                                                          "in the staff room lockers during the session."), num=1),
        item(r("Staff may use their phone in the staff room on their break."), num=1),
        item(r("The nursery\u2019s own tablets are the "), r("only", style="Emphasis"), r(" devices used to take photos "
                                                                                          "of the children."), num=2),
        item(marks.around("_Ref160000003", r("Photos are deleted from the tablets at the end of each half term, once "
                                             "they have been added to the children\u2019s learning journals.")), num=2),
        item(r("The manager checks the tablets every month."), num=3),
        p(r("Visitors and parents"), style="Heading1"),
        p(r("Visitors are asked to leave their phones in the office. Parents may not take photos in the nursery, except "
            "at events we invite them to, and then only of their own child"), footnote_ref(1),
          r(". Ask the office, or email "), r("office@bramblelane-nursery.example", style="Hyperlink"), r(".")),
        p(r("Photos at events are kept as paragraph "), field(" REF _Ref160000003 \\r \\h ", r("2")),
          r(" says: on the nursery\u2019s tablets only.")),
        p(r("Review"), style="Heading1"),
        p(r("Reviewed every year by the manager. Last reviewed September 2025.")),
    ]
    notes = word_notes("footnotes", [r("Our photo consent form is on the ") + hyperlink_rel(
        pkg.note_link("https://bramblelane-nursery.example/parents/forms/"), r("parents\u2019 page", style="Hyperlink"))
        + r(" of our website.")])
    return word_package(pkg, blocks, ["Heading1", "Title", "ListParagraph", "Hyperlink", "Strong", "Emphasis",
                                      "FootnoteText", "FootnoteReference", "Heading1Char", "TitleChar", "FootnoteTextChar"],
                        "Mobile Phones and Cameras", "Kerry Walsh", "2025-09-12T16:30:00Z", 11, 300,
                        numbering=list_numbering(["decimal", "decimal", "decimal"]),
                        parts={"word/footnotes.xml": notes, "word/settings.xml": settings_xml(footnotes=True)})


def nursery_key_person():
    """LibreOffice: outline-numbered headings, __RefHeading___Toc bookmarks, a contents index, an author's
    bookmark on an ordinary paragraph and a link to it, a cross-reference to a heading's number."""
    pkg, lo = Package(), LibreDoc(suffix="1847362015")
    run, text = lo.run, lo.text
    headings = [(1, "What a key person is", 2), (1, "Settling in", 4), (2, "The first visits", 6),
                (2, "When a child is upset", 8), (1, "When the key person is away", 10)]
    h = {n: lo.heading(depth, words, n) for depth, words, n in headings}
    blocks = [
        lo.para(run("Key Person and Settling In"), style="Title"),
        lo.toc([(depth, f"{['1.', '2.', '2.1.', '2.2.', '3.'][i]} {words}", n, 1) for i, (depth, words, n) in enumerate(headings)]),
        h[2],
        text("Every child has a key person: a member of staff who gets to know the child and their family well, looks "
             "after their care each day and keeps their learning journal."),
        h[4],
        lo.para(run("Settling in is planned with each family. We never rush it: "),
                hyperlink_anchor("Every_child_settles", run("every child settles at their own pace", style="InternetLink"),
                                 history=False), run(".")),
        h[6],
        text("The child comes for two or three short visits with a parent before they start, first for an hour, then "
             "for a morning."),
        h[8],
        lo.para(lo.marks.around("Every_child_settles", run("Every child settles at their own pace. If a child is upset, "
                                                           "their key person comforts them and, if it goes on, telephones "
                                                           "the parent."))),
        h[10],
        lo.para(run("A second member of staff, the child\u2019s \u201cbuddy\u201d, stands in, as section "),
                lo.field(f" REF {lo.anchor(2)} \\n \\h ", "1."), run(" describes. Last reviewed September 2025.")),
    ]
    return libre_package(pkg, blocks, "Key Person and Settling In")


def nursery_complaints():
    """Google Docs, a recent export ("_heading=h.…" bookmarks): the review table at the top, a heading link that
    works, a mailto link, an empty heading paragraph."""
    pkg, g = Package(), GoogleDoc()
    cell = lambda words, bold=False: g.para(g.run(words, bold=bold), in_cell=True,
                                           spacing='<w:spacing w:line="240" w:lineRule="auto"/>')
    number = lambda *runs: g.para(*runs, num=(1, 0))
    blocks = [
        g.para(g.run("Complaints"), style="Title", heading_id="gjdgxs"),
        g.para(g.run(NURSERY), style="Subtitle"),
        g.table([2257.0, 2257.0, 2257.0, 2258.0], [
            [cell("Last reviewed", True), cell("September 2025"), cell("Next review", True), cell("September 2026")]]),
        g.empty(),
        g.para(g.run("Telling us about a problem"), style="Heading1", heading_id="30j0zll"),
        g.empty(),
        g.text("Most worries are sorted out by talking to your child\u2019s key person or the manager. If that does not "
               "settle it:"),
        number(g.run("write to the manager, Mrs Kerry Walsh, or email "),
               g.link(pkg.link("mailto:manager@bramblelane-nursery.example"),
                      g.run("manager@bramblelane-nursery.example", link=True)), g.run(";")),
        number(g.run("the manager looks into it and writes back within 28 days;")),
        number(g.run("if you are still not happy, you can contact Ofsted (see "),
               g.link("_heading=h.1fob9te", g.run("Ofsted", link=True)), g.run(").")),
        g.para(style="Heading1"),
        g.para(g.run("Ofsted"), style="Heading1", heading_id="1fob9te"),
        g.empty(),
        g.text("Parents may contact Ofsted at any time, on 0300\u00a0123\u00a04666. We keep a record of every complaint "
               "and its outcome for three years, and show it to Ofsted when they ask."),
        g.empty(),
    ]
    return google_package(pkg, blocks, ["decimal"])


def nursery_lost_child():
    """Numbered steps three deep (1. a) i.), two numbered lists back to back, a list followed by an indented
    paragraph, and a list item of two paragraphs."""
    pkg = Package()
    item = lambda text, num, lvl=0: p(r(text), style="ListParagraph", num=(num, lvl))
    blocks = [
        p(r("Lost or Missing Child"), style="Title"),
        p(r("If a child cannot be found"), style="Heading1"),
        item("The member of staff who notices tells the room leader at once.", 1, 0),
        item("The room leader:", 1, 0),
        item("checks the register and counts the children;", 1, 1),
        item("sends staff to search:", 1, 1),
        item("the garden and the shed;", 1, 2),
        item("the bathrooms, the kitchen and the office;", 1, 2),
        item("the car park and the lane.", 1, 2),
        item("If the child is not found within 10 minutes, the manager calls the police on 999.", 1, 0),
        p(r("Do not wait for the full 10 minutes if the gate was found open."), style="ListParagraph"),
        item("The manager telephones the parents.", 1, 0),
        item("The manager tells Ofsted and the Northshire Children\u2019s Front Door the same day.", 2, 0),
        item("The manager writes down everything that happened, with the times.", 2, 0),
        p(r("After any incident, the manager reviews how the child went missing and changes what needs to change."),
          ind=(720, None)),
        p(r("On outings"), style="Heading1"),
        p(r("On an outing the same steps apply, with the leader of the outing in charge until the manager arrives.")),
        p(r("Last reviewed September 2025. Reviewed every year.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "ListParagraph", "Heading1Char", "TitleChar"],
                        "Lost or Missing Child", "Kerry Walsh", "2025-09-04T12:00:00Z", 6, 250,
                        numbering=list_numbering(["paren", "decimal"]))


def nursery_uncollected():
    """Word with the numbers typed in the headings ("1." and three non-breaking spaces), a cross-reference
    (REF \\r) to a heading and one to a numbered paragraph, and a link to a _Ref bookmark on an ordinary
    paragraph."""
    pkg, marks = Package(), Marks()
    item = lambda text, num: p(r(text), style="ListParagraph", num=(num, 0))
    heading = lambda text, bookmark: p(marks.around(bookmark, r(text)), style="Heading1")
    blocks = [
        p(r("Uncollected Child Policy"), style="Title"),
        heading("1.\u00a0\u00a0\u00a0When a child is not collected", "_Ref150000001"),
        p(r("If a child has not been collected 15 minutes after the nursery closes, and we have heard nothing from "
            "the parents, two members of staff stay with the child and the manager follows the steps in section "),
          field(" REF _Ref150000002 \\r \\h ", r("2")), r(".")),
        heading("2.\u00a0\u00a0\u00a0What the manager does", "_Ref150000002"),
        item("Telephones the parents, then the other people named on the child\u2019s registration form.", 1),
        p(marks.around("_Ref150000003", r("After one hour, telephones the Northshire Children\u2019s Front Door on "
                                          "01632\u00a0960\u00a0500, or the out-of-hours team on 01632\u00a0960\u00a0999.")),
          style="ListParagraph", num=(1, 0)),
        item("Writes down what happened and the times.", 1),
        heading("3.\u00a0\u00a0\u00a0Charges", "_Ref150000004"),
        p(r("A late collection fee of \u00a35 for every 10 minutes is charged, except when step "),
          field(" REF _Ref150000003 \\r \\h ", r("2")), r(" of section 2 was needed, when the "),
          hyperlink_anchor("_Ref150000006", r("fee is waived", style="Hyperlink")), r(".")),
        p(marks.around("_Ref150000006", r("The fee is waived when the parent was delayed by an emergency.")),
          style="BodyText"),
        heading("4.\u00a0\u00a0\u00a0Review", "_Ref150000005"),
        p(r("Reviewed every year. Last reviewed September 2025.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "ListParagraph", "BodyText", "Hyperlink", "Heading1Char",
                                      "TitleChar", "BodyTextChar"],
                        "Uncollected Child", "Kerry Walsh", "2025-09-04T12:30:00Z", 4, 240,
                        numbering=list_numbering(["decimal"]))


def nursery_fire():
    """A tracked change nobody accepted (an insertion and a deletion by the deputy): the one file of the batch
    that a correct import refuses."""
    pkg = Package()
    ins = ('<w:ins w:id="1" w:author="Jade Fielding" w:date="2025-09-15T08:40:00Z">'
           + r(" and the fire blanket in the kitchen") + "</w:ins>")
    dele = ('<w:del w:id="2" w:author="Jade Fielding" w:date="2025-09-15T08:41:00Z"><w:r><w:delText xml:space="preserve">'
            " once a term</w:delText></w:r></w:del>")
    blocks = [
        p(r("Fire Safety and Evacuation"), style="Title"),
        p(r("Fire drills"), style="Heading1"),
        p(r("We practise leaving the building every month"), dele, r(", at different times of day, so that every child "
                                                                    "and every member of staff takes part.")),
        p(r("Equipment"), style="Heading1"),
        p(r("The manager checks the smoke alarms every week"), ins, r(".")),
        p(r("Review"), style="Heading1"),
        p(r("Reviewed every year. Last reviewed September 2025.")),
    ]
    return word_package(pkg, blocks, ["Heading1", "Title", "Heading1Char", "TitleChar"],
                        "Fire Safety", "Jade Fielding", "2025-09-15T08:41:00Z", 9, 120,
                        settings=settings_xml(track=True))


NURSERY_FILES = [
    ("01 Safeguarding and Child Protection Policy.docx", nursery_safeguarding),
    ("02 Accident and Incident Policy (reviewed Sept 2025).docx", nursery_accidents),
    ("03 Promoting Positive Behaviour.docx", nursery_behaviour),
    ("04 Nappy Changing and Intimate Care.docx", nursery_intimate_care),
    ("05 Sun Protection.docx", nursery_sun),
    ("06 Sickness and Exclusion Periods.docx", nursery_sickness),
    ("07 Mobile Phones, Cameras and Devices.docx", nursery_phones),
    ("08 Key Person and Settling In.docx", nursery_key_person),
    ("09 Complaints.docx", nursery_complaints),
    ("10 Lost or Missing Child.docx", nursery_lost_child),
    ("11 Uncollected Child.docx", nursery_uncollected),
    ("12 Fire Safety and Evacuation.docx", nursery_fire),
]


# ---------------------------------------------------------------------------------------------------
# 7. preschool-site/: a pre-school's Markdown website, as a Jekyll site moved to Hugo leaves it. Pages
# written before the move still carry Jekyll's Liquid ({% include %}, {{ site.baseurl }}) and kramdown's
# attribute lists ({: .notice}, {#id}); newer pages carry Hugo shortcodes ({{< … >}}) and TOML front matter.
# Written exactly as they stand (LF line endings, UTF-8).

SITE_SAFEGUARDING = """\
---
layout: page
title: Safeguarding and Child Protection
permalink: /policies/safeguarding/
last_reviewed: 2025-09-01
menu: policies
---

{% include policy-banner.html %}

# Safeguarding and Child Protection

At Little Acorns Pre-School the safety and welfare of every child comes first. Everyone who works or volunteers
with us has a duty to act on any worry about a child, [see below](#reporting-a-concern).
{: .lead}

![Little Acorns logo](images/logo.png){: .float-right width="120"}

<div class="notice">
<strong>If a child is in immediate danger, call 999.</strong>
</div>

## Our Designated Safeguarding Lead {#dsl}

Our Designated Safeguarding Lead is [Eve Marsh](/staff/eve.html), the pre-school leader. Our deputy is
[Tom Iqbal](/staff/tom.html).<br>
You can reach them on 01632 960 230 or at <a href="mailto:safeguarding@littleacorns.example">safeguarding@littleacorns.example</a>.

<!-- TODO: add the new deputy from January -->

## What to do if you are worried {#reporting-a-concern}

1. Write down what you saw or heard, in the child's own words.
2. Tell Eve or Tom straight away, the same day.
3. Do not investigate yourself.

If Eve or Tom are not here, call the Northshire Children's Front Door on <span style="white-space:nowrap">01632 960 500</span>.

{{< callout type="warning" >}}
Never promise a child that you will keep a secret.
{{< /callout >}}

## Allegations against staff

Allegations against a member of staff or a volunteer follow our
[complaints procedure](complaints.md#making-a-complaint) for the first steps and
are then referred to the LADO. See also our [whistleblowing policy](/policies/whistleblowing/) and the
[Northshire Safeguarding Children Partnership]({{ site.baseurl }}/links/#nscp).

## Review

This policy is reviewed every year by the committee. Last reviewed September 2025.
"""

SITE_COMPLAINTS = """\
---
title: "Complaints"
layout: page
permalink: /policies/complaints/
---

We want to hear about anything that worries you, so that we can put it right.

## Talking to us first

Most worries are sorted out by talking to your child's key person, or to Eve, the pre-school leader.
Our [staff page](/staff/) says who is who.

## Making a complaint {#making-a-complaint}

If talking to us has not settled it, write to the chair of the committee. You can use
[our complaints form](../docs/complaints-form.pdf) or write a letter.

{% include contact.html person="chair" %}

<span style="color: #b00020">We will reply within 28 days.</span>

## Ofsted

You can contact Ofsted at any time, on 0300 123 4666.
"""

SITE_SICKNESS = """\
+++
title = "Sickness and Medicines"
date = 2025-09-01
draft = false
[menu.main]
parent = "Policies"
+++

# Sickness and Medicines

Please keep your child at home when they are unwell. The times below come from the health protection guidance.

## When to keep your child at home

1. Sickness or diarrhoea: 48 hours after the last time.
2. A high temperature: until it has been normal for 24 hours without medicine.

1) Chickenpox: until every spot has crusted over.
2) Conjunctivitis: no need to stay at home.

If your child needs medicine at pre-school, bring:

- the medicine, in its box, with the pharmacy label;
- the spoon or syringe that came with it;
1. Fill in the medicine form at the door.
2. Hand the medicine to the key person; never leave it in your child's bag.

Children who are well enough to come in may still need:

1. a spare set of clothes;
2. a named water bottle.

- Sun cream, from April to September.
- A sun hat.

* Wellington boots for Forest School.
* A waterproof coat.

## Medicines

1. We give prescribed medicine only when:
   a) you have signed the form, which says:
      i. the name of the medicine;
      ii. the dose, and when to give it;
   b) the medicine is in its box, with the pharmacy label.
2. Inhalers stay in your child's room, in a named bag.

   Children who need an inhaler on an outing take it with them.
3. Medicines are kept in the locked box in the kitchen.

Each time we give a medicine, we:

1. check the form;
2. give the medicine, with a second adult watching;

and then:

1. write the time and the dose on the form;
2. tell you at home time.

Things to bring every day:

- spare clothes
- a named water bottle

    Please label everything with your child's name.

<!-- end of list -->

    Medicines cannot be given without a signed form.
"""

SITE_ADMISSIONS = """\
## Admissions

We take children from the age of two until they start school. Places are offered in the order that
applications arrive, except that children with an education, health and care plan are offered a place first.

### How to apply

Fill in the [application form](/docs/application-form.pdf) and bring it to the pre-school, or email it to
[admissions@littleacorns.example](mailto:admissions@littleacorns.example).

### Funded places

Most children are entitled to 15 hours a week of free early education from the term after their third
birthday, and some from the term after their second. Ask Eve about the [30 hours offer](https://www.northshire.example/childcare/30-hours).

### Fees

Our fees are on the [fees page]({{< ref "fees.md" >}}).

## Review

Reviewed every year by the committee.
"""

SITE_INDEX = """\
---
layout: home
title: Little Acorns Pre-School
---

Welcome to {{ site.title }}, a committee-run pre-school in the village hall, Meadow Lane, Northshire.

Read our [policies](/policies/) and meet [our staff](/staff/).
"""

SITE_STAFF_EVE = """\
---
layout: page
title: Eve Marsh
---

Eve is our pre-school leader and Designated Safeguarding Lead. She has worked with young children for
twenty years.
"""

SITE_CONFIG = """\
baseURL = "https://littleacorns.example/"
languageCode = "en-gb"
title = "Little Acorns Pre-School"
theme = "acorn"

[markup.goldmark.renderer]
unsafe = true

[markup.goldmark.parser.attribute]
block = true
title = true
"""


def logo_png():
    """A 16 x 16 acorn, brown on white: the site's logo (images/logo.png)."""
    def pixel(x, y):
        cap = 3 <= y <= 6 and 3 <= x <= 12
        nut = 7 <= y <= 13 and (x - 7.5) ** 2 / 16 + (y - 9.5) ** 2 / 12 <= 1
        stalk = y <= 2 and 7 <= x <= 8
        return (110, 70, 30) if cap or stalk else (190, 130, 60) if nut else (255, 255, 255)

    return png(16, 16, pixel)


SITE_FILES = {
    "config.toml": SITE_CONFIG,
    "content/_index.md": SITE_INDEX,
    "content/staff/eve.md": SITE_STAFF_EVE,
    "content/policies/safeguarding.md": SITE_SAFEGUARDING,
    "content/policies/complaints.md": SITE_COMPLAINTS,
    "content/policies/sickness-and-medicines.md": SITE_SICKNESS,
    "content/policies/admissions.md": SITE_ADMISSIONS,
}
SITE_POLICIES = ["safeguarding.md", "complaints.md", "sickness-and-medicines.md", "admissions.md"]


# ---------------------------------------------------------------------------------------------------
# pandoc, and the whole run

WORD_FIXTURES = [
    ("word-as-word.docx", word_as_word),
    ("lists-that-touch.docx", lists_that_touch),
    ("school-tables.docx", school_tables),
    ("google-docs.docx", google_docs),
    ("libreoffice.docx", libreoffice),
    ("public-body-model.docx", public_body_model),
]


def record_pandoc(out, documents):
    """expected-pandoc/PATH.plain (`-t plain --wrap=none`, the words a fidelity test compares) and
    PATH.gfm (`-t gfm --wrap=none`, reading Word with +styles as the import does), for each (PATH, reader)."""
    expected = out / "expected-pandoc"
    for path, reader in documents:
        target = expected / path
        target.parent.mkdir(parents=True, exist_ok=True)
        styled = reader + "+styles" if reader == "docx" else reader
        target.with_name(target.name + ".plain").write_bytes(
            pandoc("-f", reader, "-t", "plain", "--wrap=none", path, cwd=out).stdout)
        target.with_name(target.name + ".gfm").write_bytes(
            pandoc("-f", styled, "-t", "gfm", "--wrap=none", path, cwd=out).stdout)


def write_fixtures(out):
    check_pandoc_version()
    out.mkdir(parents=True, exist_ok=True)
    # Everything but README.md is the script's: start from nothing, so that nothing stale stays.
    for child in out.iterdir():
        if child.name == "README.md":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    documents = []
    for name, make in WORD_FIXTURES:
        (out / name).write_bytes(make())
        documents.append((name, "docx"))
    (out / "nursery").mkdir()
    for name, make in NURSERY_FILES:
        (out / "nursery" / name).write_bytes(make())
        documents.append((f"nursery/{name}", "docx"))
    site = out / "preschool-site"
    for name, text in SITE_FILES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(text.encode("utf-8"))
    (site / "content/policies/images").mkdir()
    (site / "content/policies/images/logo.png").write_bytes(logo_png())
    documents += [(f"preschool-site/content/policies/{name}", "markdown") for name in SITE_POLICIES]
    record_pandoc(out, documents)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder to write the fixtures to")
    write_fixtures(parser.parse_args().out)


if __name__ == "__main__":
    main()
