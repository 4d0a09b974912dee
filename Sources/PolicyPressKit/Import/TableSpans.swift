/// Merged cells, which a Markdown table cannot have. Pandoc's writer leaves the places a merged cell covered
/// empty, and so the meaning goes: in a table of illnesses where "48 hours after the last time" is merged
/// down over Sickness and Diarrhoea, the Diarrhoea row would say nothing. So, before the table is written:
///
/// - a cell merged down over several rows is repeated in each of them;
/// - header rows that make one heading of several rows (a group heading merged over two columns, or a
///   heading merged down beside them) become one row whose cells say each column's headings from the top
///   down ("Responsible person: Name"); other header rows after the first (Google Docs marks every row of
///   some tables as a header) are body rows;
/// - a body cell merged across columns stays in the first of them, the others left empty;
/// - a row with no words at all goes.
///
/// Each repeated cell is reported, with its place, so the author can check the table reads well.
enum TableSpans {
    /// One cell repeated down rows: where it stands (row from the top, column, both from 1) and how many rows.
    struct Repeat: Equatable {
        var row: Int
        var column: Int
        var rows: Int
    }

    /// A table node (pandoc's JSON) with its spans resolved as above, and the cells repeated.
    static func resolved(_ json: PandocJSON) -> (json: PandocJSON, repeats: [Repeat]) {
        guard case .array(var parts) = json["c"] ?? .null, parts.count == 6 else { return (json, []) }
        // The rows in reading order, each with where it came from: head, each body's head and body rows, foot.
        var rows: [PandocJSON] = parts[3].elements.count > 1 ? parts[3].elements[1].elements : []
        // Header rows are one heading only when a cell among them (but the last) is merged across or down.
        let headRows = rows.count
        let spannedHead = rows.dropLast().contains { row in
            row.elements.count == 2 && row.elements[1].elements.contains { Cell($0).spans }
        }
        let headCount = spannedHead ? headRows : min(headRows, 1)
        for body in parts[4].elements where body.elements.count == 4 {
            rows += body.elements[2].elements + body.elements[3].elements
        }
        if parts[5].elements.count > 1 { rows += parts[5].elements[1].elements }
        guard
            rows.contains(where: { row in
                row.elements.count == 2 && row.elements[1].elements.contains { Cell($0).spans }
            }) || headRows > 1
        else { return (json, []) }

        var grid = Grid(rows: rows)
        var repeats: [Repeat] = []
        var result: [[Cell]] = []
        for rowIndex in rows.indices {
            var cells: [Cell] = []
            for slot in grid.slots(ofRow: rowIndex) {
                switch slot {
                case .own(var cell):
                    if cell.rowSpan > 1 {
                        repeats.append(
                            Repeat(row: rowIndex + 1, column: cells.reduce(1) { $0 + $1.colSpan }, rows: cell.rowSpan))
                    }
                    cell.rowSpan = 1
                    cells.append(cell)
                case .below(let cell):
                    var copy = cell
                    copy.rowSpan = 1
                    cells.append(copy)
                }
            }
            result.append(cells)
        }
        // Header rows become one; in it a heading merged across columns stands over each of them.
        let head = Self.header(from: Array(result.prefix(headCount)))
        let body = result.dropFirst(headCount).filter { row in
            !row.allSatisfy {
                PandocJSON.array($0.blocks.map(\.json)).words.trimmingCharacters(in: .whitespaces).isEmpty
            }
        }
        // Headings merged down inside the header are one heading now; rows below shift up as header rows merge.
        let shift = max(0, headCount - 1)
        repeats = repeats.filter { $0.row > headCount }.map {
            Repeat(row: $0.row - shift, column: $0.column, rows: $0.rows)
        }
        let rowJSON = { (cells: [Cell]) -> PandocJSON in .array([PandocAttr().json, .array(cells.map(\.json))]) }
        var headPart = parts[3].elements
        if headPart.count > 1 { headPart[1] = .array(head.map { [rowJSON($0)] } ?? []) }
        parts[3] = .array(headPart)
        parts[4] = .array([.array([PandocAttr().json, .int(0), .array([]), .array(body.map(rowJSON))])])
        var footPart = parts[5].elements
        if footPart.count > 1 { footPart[1] = .array([]) }
        parts[5] = .array(footPart)
        return (.object(["t": .string("Table"), "c": .array(parts)]), repeats)
    }

    // The header rows as one: each column's headings, top down, without repeats, joined with ": ".
    private static func header(from rows: [[Cell]]) -> [Cell]? {
        guard let first = rows.first else { return nil }
        guard rows.count > 1 else { return first }
        var columns: [[[PandocInline]]] = []
        for row in rows {
            var column = 0
            for cell in row {
                for _ in 0..<cell.colSpan {
                    while columns.count <= column { columns.append([]) }
                    let inlines = cell.inlines
                    if !inlines.isEmpty, columns[column].last != inlines { columns[column].append(inlines) }
                    column += 1
                }
            }
        }
        return columns.map { parts in
            var inlines: [PandocInline] = []
            for part in parts {
                if !inlines.isEmpty { inlines += [.str(":"), .space] }
                inlines += part
            }
            return Cell(blocks: inlines.isEmpty ? [] : [.plain(inlines)])
        }
    }

    /// A cell of pandoc's table: `[attr, alignment, rowspan, colspan, blocks]`.
    struct Cell {
        var attr: PandocJSON = PandocAttr().json
        var alignment: PandocJSON = .object(["t": .string("AlignDefault")])
        var rowSpan = 1
        var colSpan = 1
        var blocks: [PandocBlock]

        init(blocks: [PandocBlock]) {
            self.blocks = blocks
        }

        init(_ json: PandocJSON) {
            let parts = json.elements
            attr = parts.first ?? PandocAttr().json
            alignment = parts.count > 1 ? parts[1] : alignment
            // No policy's table is wider than this; a larger span is a damaged (or hostile) file's.
            rowSpan = min(Self.widest, max(1, parts.count > 2 ? parts[2].int ?? 1 : 1))
            colSpan = min(Self.widest, max(1, parts.count > 3 ? parts[3].int ?? 1 : 1))
            blocks = parts.count > 4 ? parts[4].elements.map(PandocBlock.init) : []
        }

        static let widest = 256

        var spans: Bool { rowSpan > 1 || colSpan > 1 }

        var json: PandocJSON { .array([attr, alignment, .int(rowSpan), .int(colSpan), .array(blocks.map(\.json))]) }

        /// The cell's words as one line of inlines (its paragraphs joined).
        var inlines: [PandocInline] { CellJoiner.joined(blocks).first?.inlines ?? [] }
    }

    /// Where each row's cells stand, merged cells taking the places they cover.
    private struct Grid {
        enum Slot {
            /// A cell that starts in this row.
            case own(Cell)
            /// A cell merged down from a row above.
            case below(Cell)
        }

        private var slots: [[Slot]] = []

        init(rows: [PandocJSON]) {
            // The cells still covering each column from rows above: the cell, and how many rows more.
            var covering: [Int: (cell: Cell, rows: Int)] = [:]
            for row in rows {
                var line: [Slot] = []
                var column = 0
                var cells = (row.elements.count == 2 ? row.elements[1].elements : []).map(Cell.init)[...]
                while !cells.isEmpty || covering.keys.contains(where: { $0 >= column }) {
                    if let cover = covering[column] {
                        line.append(.below(cover.cell))
                        covering[column] = cover.rows > 1 ? (cover.cell, cover.rows - 1) : nil
                        column += cover.cell.colSpan
                        continue
                    }
                    guard let cell = cells.popFirst() else {
                        column += 1
                        continue
                    }
                    line.append(.own(cell))
                    if cell.rowSpan > 1 { covering[column] = (cell, cell.rowSpan - 1) }
                    column += cell.colSpan
                }
                slots.append(line)
            }
        }

        func slots(ofRow row: Int) -> [Slot] { slots[row] }
    }
}
