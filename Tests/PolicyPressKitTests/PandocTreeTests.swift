import Foundation
import Testing

@testable import PolicyPressKit

/// Pandoc's tree, read into typed values and written back, gives pandoc exactly the document it read:
/// the import changes only what it means to.
@Suite struct PandocTreeTests {
    static let markdown = """
        ---
        title: Online Safety Policy
        ---
        # 1. Introduction

        This policy applies to [Add school/setting or trust name]. *[Amend this section as appropriate.]*
        See [the guidance](https://www.gov.uk/guidance) and **bold** words, `code`, "quotes" and H~2~O.

        ## 1.1 Aims

        | Role | Who |
        |---|---|
        | Headteacher/Principal | Mrs Shah |
        | Chair | Mr Evans |

        1. First
        2. Second
           - inner

        > A quotation.

        Some text[^1].

        [^1]: A note with *emphasis*.
        """

    /// A Word file made by pandoc from `markdown`, in a temporary folder.
    static func wordFile() throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        let source = folder.appendingPathComponent("policy.md"), docx = folder.appendingPathComponent("policy.docx")
        try markdown.write(to: source, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["pandoc", source.path, "-o", docx.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return docx
    }

    @Test func aTreeReadAndWrittenBackGivesTheSameMarkdown() throws {
        let docx = try Self.wordFile()
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        let pandoc = Pandoc()
        let tree = try pandoc.tree(of: docx.path, format: "docx")
        #expect(tree.title == "Online Safety Policy")
        #expect(tree.blocks.contains { if case .table = $0 { return true } else { return false } })
        let direct = try pandoc.convert(docx.path, from: "docx", to: "gfm")
        let roundTrip = try pandoc.write(PandocDocument(PandocJSON(parsing: tree.json.data)), as: "gfm")
        #expect(roundTrip == direct)
        #expect(direct.contains("| Headteacher/Principal | Mrs Shah |"))
    }

    @Test func everyKindOfJSONValueIsReadAsWhatItIsAndWrittenBackTheSame() throws {
        let text = #"{"a":[true,false,0,7,12345678901,0.5,2.0,"text",null,{"b":[]}]}"#
        let json = try PandocJSON(parsing: Data(text.utf8))
        #expect(
            json["a"]?.elements == [
                .bool(true), .bool(false), .int(0), .int(7), .int(12_345_678_901), .double(0.5), .double(2.0),
                .string("text"), .null,
                .object(["b": .array([])]),
            ])
        // JSONEncoder writes 2.0 as 2, which pandoc reads as the same number; every other value comes back as it was.
        #expect(
            String(decoding: json.data, as: UTF8.self)
                == #"{"a":[true,false,0,7,12345678901,0.5,2,"text",null,{"b":[]}]}"#)
        var expected = json["a"]!.elements
        expected[6] = .int(2)
        #expect(try PandocJSON(parsing: json.data) == .object(["a": .array(expected)]))
    }

    @Test func everyPassReachesInlinesInFootnotesTablesAndQuotes() throws {
        let change = PandocInline.span(PandocAttr(classes: ["insertion"]), [.str("new")])
        var table = PandocTable(
            .object([
                "t": .string("Table"),
                "c": .array([
                    PandocAttr().json, .array([.null, .array([])]), .array([]),
                    .array([
                        PandocAttr().json,
                        .array([.array([PandocAttr().json, .array([Self.cell([.plain([change])])])])]),
                    ]),
                    .array([]), .array([PandocAttr().json, .array([])]),
                ]),
            ]))!
        #expect(table.cells.count == 1)
        table.cells[0] = [.para([.emph([change])])]
        let blocks: [PandocBlock] = [
            .para([.str("Text"), .note([.para([change]), .blockQuote([.plain([.strong([change])])])])]),
            .table(table),
            .bulletList([
                [
                    .div(
                        PandocAttr(),
                        [.header(level: 2, PandocAttr(), [.link(PandocAttr(), [change], url: "#", title: "")])])
                ]
            ]),
        ]
        #expect(TrackedChanges.count(in: blocks) == 4)
        let styled = PandocAttr(
            json: .array([.string(""), .array([]), .array([.array([.string("custom-style"), .string("Body")])])]))
        let unwrapped = DocumentCleaner.withoutStyles([.note(in: .span(styled, [.str("kept")]))])
        #expect(unwrapped == [.note(in: .str("kept"))])
    }

    @Test func aTableInsideACellDoesNotTakeTheNumberOfTheTableAroundIt() throws {
        let twoParagraphs: [PandocBlock] = [.para([.str("One.")]), .para([.str("Two.")])]
        let inner = try #require(Self.table(rows: [[twoParagraphs]]))
        let outer = try #require(Self.table(rows: [[[.table(inner)], twoParagraphs]]))
        var cleaner = DocumentCleaner()
        let document = PandocDocument(
            apiVersion: .array([.int(1), .int(22)]), meta: .object([:]),
            blocks: [.header(level: 1, PandocAttr(), [.str("Roles")]), .table(outer)])
        _ = try cleaner.clean(document)
        let joined = cleaner.report.lines.filter { $0.contains("joined into one line") }.map {
            $0.components(separatedBy: ": the cell")[0]
        }
        #expect(
            joined == [
                "in 'Roles': table 2, row 1 from the top, column 1",
                "in 'Roles': table 1, row 1 from the top, column 1",
                "in 'Roles': table 1, row 1 from the top, column 2",
            ])
    }

    /// A table of body rows, each a list of cells' blocks.
    static func table(rows: [[[PandocBlock]]]) -> PandocTable? {
        let columns = rows.map(\.count).max() ?? 0
        let body: PandocJSON = .array([
            PandocAttr().json, .int(0), .array([]),
            .array(rows.map { row in .array([PandocAttr().json, .array(row.map(cell))]) }),
        ])
        return PandocTable(
            .object([
                "t": .string("Table"),
                "c": .array([
                    PandocAttr().json, .array([.null, .array([])]),
                    .array(
                        Array(
                            repeating: .array([
                                .object(["t": .string("AlignDefault")]), .object(["t": .string("ColWidthDefault")]),
                            ]), count: columns)),
                    .array([PandocAttr().json, .array([])]), .array([body]), .array([PandocAttr().json, .array([])]),
                ]),
            ]))
    }

    static func cell(_ blocks: [PandocBlock]) -> PandocJSON {
        .array([
            PandocAttr().json, .object(["t": .string("AlignDefault")]), .int(1), .int(1), .array(blocks.map(\.json)),
        ])
    }

    @Test func aTableCellsBlocksCanBeChangedInPlace() throws {
        let docx = try Self.wordFile()
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        var tree = try Pandoc().tree(of: docx.path, format: "docx")
        let index = try #require(tree.blocks.firstIndex { if case .table = $0 { return true } else { return false } })
        guard case .table(var table) = tree.blocks[index] else { return }
        #expect(table.headerCells == 2)
        #expect(table.cells.count == 6)
        table.cells[3] = [.plain([.str("Ms"), .space, .str("Okafor")])]
        tree.blocks[index] = .table(table)
        let markdown = try Pandoc().write(tree, as: "gfm").replacingOccurrences(
            of: " +", with: " ", options: .regularExpression)
        #expect(markdown.contains("| Headteacher/Principal | Ms Okafor |"))
        #expect(markdown.contains("| Chair | Mr Evans |"))
    }

    @Test func aRunThatTakesTooLongIsStopped() throws {
        let docx = try Self.wordFile()
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        #expect(throws: Pandoc.Failure.tooSlow(seconds: 0.001)) {
            try Pandoc(timeLimit: 0.001).tree(of: docx.path, format: "docx")
        }
        #expect(throws: Pandoc.Failure.missing) {
            try Pandoc(executable: "no-such-pandoc").tree(of: docx.path, format: "docx")
        }
    }
}

extension PandocBlock {
    /// A paragraph holding a footnote that quotes a paragraph holding `inline`.
    fileprivate static func note(in inline: PandocInline) -> PandocBlock {
        .para([.note([.blockQuote([.para([inline])])])])
    }
}

extension PandocAttr {
    fileprivate init(json: PandocJSON) { self.init(json) }
}
