/// Pandoc's document tree (its JSON, API 1.22) as typed values: the blocks and inlines the import cleans
/// up have cases of their own; every other node is kept as `other`, exactly as pandoc wrote it, and
/// written back the same.
struct PandocDocument: Sendable, Equatable {
    /// `pandoc-api-version`.
    var apiVersion: PandocJSON
    /// The document's metadata (its title, when Word's document properties give one).
    var meta: PandocJSON
    var blocks: [PandocBlock]

    init(_ json: PandocJSON) {
        apiVersion = json["pandoc-api-version"] ?? .array([.int(1), .int(22)])
        meta = json["meta"] ?? .object([:])
        blocks = json["blocks"]?.elements.map(PandocBlock.init) ?? []
    }

    init(apiVersion: PandocJSON, meta: PandocJSON, blocks: [PandocBlock]) {
        self.apiVersion = apiVersion
        self.meta = meta
        self.blocks = blocks
    }

    var json: PandocJSON {
        .object(["pandoc-api-version": apiVersion, "meta": meta, "blocks": .array(blocks.map(\.json))])
    }

    /// The title in the metadata, as plain text, or nil.
    var title: String? { metaText("title") }

    /// A field of the metadata as plain text (a list, such as several authors, joined with "; "), or nil.
    func metaText(_ field: String) -> String? {
        guard let value = meta[field] else { return nil }
        func text(_ value: PandocJSON) -> String {
            switch value["t"]?.string {
            case "MetaInlines": return PandocInline.text(of: (value["c"]?.elements ?? []).map(PandocInline.init))
            case "MetaString": return value["c"]?.string ?? ""
            case "MetaList": return (value["c"]?.elements ?? []).map(text).joined(separator: "; ")
            default: return value["c"]?.words ?? ""
            }
        }
        let result = text(value).trimmingCharacters(in: .whitespaces)
        return result.isEmpty ? nil : result
    }
}

/// Pandoc's `Attr`: an identifier, classes and key-value pairs.
struct PandocAttr: Sendable, Equatable {
    var identifier = ""
    var classes: [String] = []
    var pairs: PandocJSON = .array([])

    init(identifier: String = "", classes: [String] = []) {
        self.identifier = identifier
        self.classes = classes
    }

    init(_ json: PandocJSON) {
        let parts = json.elements
        identifier = parts.first?.string ?? ""
        classes = parts.count > 1 ? parts[1].elements.compactMap(\.string) : []
        pairs = parts.count > 2 ? parts[2] : .array([])
    }

    var json: PandocJSON { .array([.string(identifier), .array(classes.map(PandocJSON.string)), pairs]) }
}

/// A block of pandoc's tree.
indirect enum PandocBlock: Sendable, Equatable {
    case plain([PandocInline])
    case para([PandocInline])
    case header(level: Int, PandocAttr, [PandocInline])
    case bulletList([[PandocBlock]])
    /// The list's attributes (start number, style, delimiter) as pandoc gave them, and its items.
    case orderedList(PandocJSON, [[PandocBlock]])
    case blockQuote([PandocBlock])
    case div(PandocAttr, [PandocBlock])
    case table(PandocTable)
    case other(PandocJSON)

    init(_ json: PandocJSON) {
        let content = json["c"] ?? .null
        let parts = content.elements
        switch json["t"]?.string {
        case "Plain": self = .plain(content.elements.map(PandocInline.init))
        case "Para": self = .para(content.elements.map(PandocInline.init))
        case "Header" where parts.count == 3:
            self = .header(level: parts[0].int ?? 1, PandocAttr(parts[1]), parts[2].elements.map(PandocInline.init))
        case "BulletList": self = .bulletList(content.elements.map { $0.elements.map(PandocBlock.init) })
        case "OrderedList" where parts.count == 2:
            self = .orderedList(parts[0], parts[1].elements.map { $0.elements.map(PandocBlock.init) })
        case "BlockQuote": self = .blockQuote(content.elements.map(PandocBlock.init))
        case "Div" where parts.count == 2: self = .div(PandocAttr(parts[0]), parts[1].elements.map(PandocBlock.init))
        case "Table": self = PandocTable(json).map(PandocBlock.table) ?? .other(json)
        default: self = .other(json)
        }
    }

    var json: PandocJSON {
        func node(_ tag: String, _ content: PandocJSON) -> PandocJSON { .object(["t": .string(tag), "c": content]) }
        func blocks(_ list: [PandocBlock]) -> PandocJSON { .array(list.map(\.json)) }
        switch self {
        case .plain(let inlines): return node("Plain", PandocInline.json(inlines))
        case .para(let inlines): return node("Para", PandocInline.json(inlines))
        case .header(let level, let attr, let inlines):
            return node("Header", .array([.int(level), attr.json, PandocInline.json(inlines)]))
        case .bulletList(let items): return node("BulletList", .array(items.map(blocks)))
        case .orderedList(let attributes, let items):
            return node("OrderedList", .array([attributes, .array(items.map(blocks))]))
        case .blockQuote(let list): return node("BlockQuote", blocks(list))
        case .div(let attr, let list): return node("Div", .array([attr.json, blocks(list)]))
        case .table(let table): return table.json
        case .other(let json): return json
        }
    }

    /// The inlines of a paragraph, a plain block or a heading; nil for other blocks.
    var inlines: [PandocInline]? {
        switch self {
        case .plain(let inlines), .para(let inlines), .header(_, _, let inlines): return inlines
        default: return nil
        }
    }
}

/// A table: its parts kept as pandoc gave them, but for the blocks of each cell, which the import may join.
struct PandocTable: Sendable, Equatable {
    /// The node with every cell's blocks replaced by a placeholder; `cells` holds them in reading order.
    private var skeleton: PandocJSON
    /// Each cell's blocks, header rows first, then body rows, then the foot, row by row.
    var cells: [[PandocBlock]]
    /// How many of `cells` are in header rows.
    var headerCells: Int
    /// Where each of `cells` stands, as a reader of the document counts: its row (the header rows first,
    /// from 1) and its column (from 1, a cell spanning columns counting as all of them).
    var places: [(row: Int, column: Int)] = []

    static func == (a: PandocTable, b: PandocTable) -> Bool {
        a.skeleton == b.skeleton && a.cells == b.cells && a.headerCells == b.headerCells
    }

    init?(_ json: PandocJSON) {
        var cells: [[PandocBlock]] = []
        var places: [(row: Int, column: Int)] = []
        var rowNumber = 0
        var headerCells = 0
        // Table: [attr, caption, colspecs, head, bodies, foot]; a cell: [attr, alignment, rowspan, colspan, blocks].
        guard case .array(var parts) = json["c"] ?? .null, parts.count == 6 else { return nil }
        func takeCells(_ rows: PandocJSON) -> PandocJSON {
            .array(
                rows.elements.map { row in
                    let rowParts = row.elements
                    guard rowParts.count == 2 else { return row }
                    rowNumber += 1
                    var column = 1
                    return .array([
                        rowParts[0],
                        .array(
                            rowParts[1].elements.map { cell in
                                var cellParts = cell.elements
                                guard cellParts.count == 5 else { return cell }
                                cells.append(cellParts[4].elements.map(PandocBlock.init))
                                places.append((rowNumber, column))
                                column += max(1, cellParts[3].int ?? 1)
                                cellParts[4] = .null
                                return .array(cellParts)
                            }),
                    ])
                })
        }
        func withRows(_ section: PandocJSON, at index: Int) -> PandocJSON {
            var sectionParts = section.elements
            guard sectionParts.count > index else { return section }
            sectionParts[index] = takeCells(sectionParts[index])
            return .array(sectionParts)
        }
        parts[3] = withRows(parts[3], at: 1)  // head: [attr, rows]
        headerCells = cells.count
        // A body: [attr, row head columns, head rows, body rows].
        parts[4] = .array(parts[4].elements.map { body in withRows(withRows(body, at: 2), at: 3) })
        parts[5] = withRows(parts[5], at: 1)  // foot: [attr, rows]
        skeleton = .object(["t": .string("Table"), "c": .array(parts)])
        self.cells = cells
        self.headerCells = headerCells
        self.places = places
    }

    /// Takes the caption out of the table, as blocks; the table keeps an empty one.
    mutating func takeCaption() -> [PandocBlock] {
        // Table: [attr, caption, …]; a caption: [short caption, blocks].
        guard case .array(var parts) = skeleton["c"] ?? .null, parts.count == 6 else { return [] }
        let blocks = parts[1].elements.last?.elements.map(PandocBlock.init) ?? []
        parts[1] = .array([.null, .array([])])
        skeleton = .object(["t": .string("Table"), "c": .array(parts)])
        return blocks
    }

    /// The node, with the cells' blocks put back in their places.
    var json: PandocJSON {
        var remaining = cells[...]
        func fill(_ json: PandocJSON) -> PandocJSON {
            switch json {
            case .array(let values):
                // A cell is the only array of five whose last element is the placeholder.
                if values.count == 5, values[4] == .null, let blocks = remaining.popFirst() {
                    return .array(Array(values[0..<4]) + [.array(blocks.map(\.json))])
                }
                return .array(values.map(fill))
            case .object(let entries): return .object(entries.mapValues(fill))
            default: return json
            }
        }
        // Keys are visited in sorted order by `mapValues` only within one object; a table's cells all sit in arrays.
        return fill(skeleton)
    }
}

/// An inline of pandoc's tree.
indirect enum PandocInline: Sendable, Equatable {
    case str(String)
    case space
    case softBreak
    case lineBreak
    case emph([PandocInline])
    case strong([PandocInline])
    case underline([PandocInline])
    case link(PandocAttr, [PandocInline], url: String, title: String)
    case image(PandocAttr, [PandocInline], url: String, title: String)
    case note([PandocBlock])
    case span(PandocAttr, [PandocInline])
    case other(PandocJSON)

    init(_ json: PandocJSON) {
        let content = json["c"] ?? .null
        let parts = content.elements
        switch json["t"]?.string {
        case "Str": self = .str(content.string ?? "")
        case "Space": self = .space
        case "SoftBreak": self = .softBreak
        case "LineBreak": self = .lineBreak
        case "Emph": self = .emph(parts.map(PandocInline.init))
        case "Strong": self = .strong(parts.map(PandocInline.init))
        case "Underline": self = .underline(parts.map(PandocInline.init))
        case "Link" where parts.count == 3:
            let target = parts[2].elements
            self = .link(
                PandocAttr(parts[0]), parts[1].elements.map(PandocInline.init), url: target.first?.string ?? "",
                title: target.count > 1 ? target[1].string ?? "" : "")
        case "Image" where parts.count == 3:
            let target = parts[2].elements
            self = .image(
                PandocAttr(parts[0]), parts[1].elements.map(PandocInline.init), url: target.first?.string ?? "",
                title: target.count > 1 ? target[1].string ?? "" : "")
        case "Note": self = .note(parts.map(PandocBlock.init))
        case "Span" where parts.count == 2: self = .span(PandocAttr(parts[0]), parts[1].elements.map(PandocInline.init))
        default: self = .other(json)
        }
    }

    var json: PandocJSON {
        func node(_ tag: String, _ content: PandocJSON?) -> PandocJSON {
            content.map { .object(["t": .string(tag), "c": $0]) } ?? .object(["t": .string(tag)])
        }
        switch self {
        case .str(let text): return node("Str", .string(text))
        case .space: return node("Space", nil)
        case .softBreak: return node("SoftBreak", nil)
        case .lineBreak: return node("LineBreak", nil)
        case .emph(let inlines): return node("Emph", Self.json(inlines))
        case .strong(let inlines): return node("Strong", Self.json(inlines))
        case .underline(let inlines): return node("Underline", Self.json(inlines))
        case .link(let attr, let inlines, let url, let title):
            return node("Link", .array([attr.json, Self.json(inlines), .array([.string(url), .string(title)])]))
        case .image(let attr, let inlines, let url, let title):
            return node("Image", .array([attr.json, Self.json(inlines), .array([.string(url), .string(title)])]))
        case .note(let blocks): return node("Note", .array(blocks.map(\.json)))
        case .span(let attr, let inlines): return node("Span", .array([attr.json, Self.json(inlines)]))
        case .other(let json): return json
        }
    }

    static func json(_ inlines: [PandocInline]) -> PandocJSON { .array(inlines.map(\.json)) }

    /// The words of inlines as plain text (spaces and breaks as one space; notes left out).
    static func text(of inlines: [PandocInline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .str(let word): text += word
            case .space, .softBreak, .lineBreak: text += " "
            case .emph(let inner), .strong(let inner), .underline(let inner), .span(_, let inner),
                .link(_, let inner, _, _):
                text += Self.text(of: inner)
            case .image, .note: break
            case .other(let json):
                // Quoted, SmallCaps, Strikeout, Superscript, Subscript, Cite: their inlines are their last part;
                // Code and Math: their text.
                let content = json["c"] ?? .null
                switch content.elements.last ?? content {
                case .array(let inner): text += Self.text(of: inner.map(PandocInline.init))
                case .string(let words): text += words
                default: break
                }
            }
        }
        return text
    }
}
