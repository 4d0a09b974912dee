import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a Word document holds that pandoc does not read, found in its XML: the words of its text boxes
/// (pandoc drops them), the bookmarks on each paragraph (pandoc keeps only those something links to, and
/// none that stand between paragraphs), the symbols set in a symbol font (a Wingdings tick), and the words
/// of its page headers and footers.
struct WordParts {
    /// A text box: its paragraphs, and the words of the last paragraph of the text before it.
    struct TextBox: Equatable {
        var paragraphs: [String]
        var after: String
    }

    var textBoxes: [TextBox] = []
    /// Each bookmark's name, by the words of the paragraph it marks (one just before a paragraph, between
    /// paragraphs, marks that paragraph).
    var bookmarks: [String: Set<String>] = [:]
    /// How many symbols in a symbol font (`w:sym`) the text holds.
    var symbols = 0
    /// The words of each page header and footer that has any, by its part's name (`header1.xml`).
    var margins: [(part: String, words: String)] = []

    /// The parts of the Word file `data`; nothing when it cannot be read.
    init(docx data: Data) {
        // Word writes no entity declarations: a part that has any is not read (an entity can expand without end).
        if let document = ZipEntries.data(named: "word/document.xml", in: data), !Self.declaresEntities(document) {
            let reader = Reader()
            let parser = XMLParser(data: document)
            parser.delegate = reader
            parser.parse()
            textBoxes = reader.textBoxes
            bookmarks = reader.bookmarks
            symbols = reader.symbols
        }
        for name in ZipDirectory.names(in: data).sorted()
        where name.range(of: #"^word/(header|footer)\d*\.xml$"#, options: .regularExpression) != nil {
            guard let part = ZipEntries.data(named: name, in: data), !Self.declaresEntities(part) else { continue }
            let reader = Reader()
            let parser = XMLParser(data: part)
            parser.delegate = reader
            parser.parse()
            let words = reader.paragraphs.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            margins.append((Path.name(name), words))
        }
    }

    /// `blocks` (pandoc's tree of this document) with each text box's paragraphs put back as a quote after
    /// the paragraph they stand by, or at the end when that paragraph cannot be found; each reported.
    func withTextBoxes(_ blocks: [PandocBlock], found: inout [ImportReport.Item]) -> [PandocBlock] {
        var blocks = blocks
        for box in textBoxes {
            let quote = PandocBlock.blockQuote(box.paragraphs.map { text in .para(Self.inlines(text)) })
            let after = Self.key(box.after)
            let index =
                after.isEmpty
                ? -1
                : blocks.firstIndex { block in
                    let key = Self.key(block.inlines.map(PandocInline.text) ?? block.json.words)
                    return !key.isEmpty && (key.hasPrefix(after) || after.hasPrefix(key))
                }
            blocks.insert(quote, at: (index ?? blocks.count - 1) + 1)
            found.append(
                .textBoxKept(InlineCleanup.firstWords(box.paragraphs.joined(separator: " ")), placed: index != nil))
        }
        return blocks
    }

    // Words as pandoc's inlines: each word a `Str`, spaces between.
    private static func inlines(_ text: String) -> [PandocInline] {
        var inlines: [PandocInline] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !inlines.isEmpty { inlines.append(.space) }
            inlines.append(.str(String(word)))
        }
        return inlines
    }

    private static func declaresEntities(_ xml: Data) -> Bool {
        xml.range(of: Data("<!ENTITY".utf8)) != nil || xml.range(of: Data("<!DOCTYPE".utf8)) != nil
    }

    /// Words as compared between pandoc's tree and the XML: letters and digits only, in small letters.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Reads WordprocessingML: paragraphs, text boxes inside them, bookmarks and symbols.
    private final class Reader: NSObject, XMLParserDelegate {
        var textBoxes: [TextBox] = []
        var bookmarks: [String: Set<String>] = [:]
        var symbols = 0
        /// The text of each paragraph outside text boxes, in order.
        var paragraphs: [String] = []

        // Open paragraphs, innermost last; each with its text and the bookmarks in it.
        private var open: [(text: String, names: [String], inBox: Bool)] = []
        private var boxDepth = 0
        private var box: [String] = []
        private var fallback = 0
        private var inText = false
        private var pendingNames: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            // The older drawing Word writes beside a text box repeats it: read once.
            if element == "mc:Fallback" { fallback += 1 }
            guard fallback == 0 else { return }
            switch element {
            case "w:p":
                open.append(("", pendingNames, boxDepth > 0))
                pendingNames = []
            case "w:txbxContent":
                boxDepth += 1
            case "w:t":
                inText = true
            case "w:tab", "w:br", "w:cr":
                if !open.isEmpty { open[open.count - 1].text += " " }
            case "w:noBreakHyphen":
                if !open.isEmpty { open[open.count - 1].text += "-" }
            case "w:sym":
                symbols += 1
            case "w:bookmarkStart":
                guard let name = attributes["w:name"] else { return }
                if open.isEmpty { pendingNames.append(name) } else { open[open.count - 1].names.append(name) }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard fallback == 0, inText, !open.isEmpty else { return }
            open[open.count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "mc:Fallback" {
                fallback -= 1
                return
            }
            guard fallback == 0 else { return }
            switch element {
            case "w:t":
                inText = false
            case "w:p":
                guard let paragraph = open.popLast() else { return }
                let text = paragraph.text.trimmingCharacters(in: .whitespaces)
                if paragraph.inBox {
                    if !text.isEmpty { box.append(text) }
                    return
                }
                let key = WordParts.key(text)
                if !key.isEmpty {
                    for name in paragraph.names { bookmarks[key, default: []].insert(name) }
                    paragraphs.append(text)
                } else {
                    // A bookmark on an empty paragraph marks what follows.
                    pendingNames += paragraph.names
                }
            case "w:txbxContent":
                boxDepth -= 1
                if boxDepth == 0, !box.isEmpty {
                    let before =
                        open.first(where: { !$0.inBox && !WordParts.key($0.text).isEmpty })?.text ?? paragraphs.last
                        ?? ""
                    textBoxes.append(TextBox(paragraphs: box, after: before))
                    box = []
                }
            default:
                break
            }
        }
    }
}
