import Foundation
import Testing

/// The stages of `Sources/PolicyPressKit` depend on each other in one direction only (ARCHITECTURE.md):
/// no file names a type declared in a stage to its right. The stages share one module, so the compiler
/// cannot check this; this test reads the sources instead, as a linter would.
@Suite struct ArchitectureTests {
    /// The stages from left to right: each may use only those before it.
    static let stages = [
        "Diagnostics", "Model", "Markdown", "Load", "Import", "Resolve", "Register", "Render", "Diff", "Site", "Print",
        "Actions", "Preview", "Scaffold",
    ]

    struct SourceFile {
        var stage: String
        var name: String
        var text: String
    }

    /// Every reference from a file to a type of a later stage, as "Load/Library.swift names TemplateSet (Site)".
    static func backwardReferences(in files: [SourceFile]) -> [String] {
        let declaration = try! NSRegularExpression(
            pattern:
                #"^(?:public |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|typealias|actor) +(\w+)"#,
            options: .anchorsMatchLines)
        var owner: [String: String] = [:]
        for file in files {
            let range = NSRange(file.text.startIndex..., in: file.text)
            for match in declaration.matches(in: file.text, range: range) {
                let name = String(file.text[Range(match.range(at: 1), in: file.text)!])
                if owner[name] == nil { owner[name] = file.stage }
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: stages.enumerated().map { ($1, $0) })
        var found: [String] = []
        for file in files {
            let words = Set(code(of: file).split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for word in words.sorted() {
                guard let stage = owner[word], stage != file.stage, let to = rank[stage], let from = rank[file.stage],
                    to > from
                else { continue }
                found.append("\(file.stage)/\(file.name) names \(word) (\(stage))")
            }
        }
        return found
    }

    /// A file's code without its comments and string literals, which may name anything.
    static func code(of file: SourceFile) -> String {
        file.text.replacingOccurrences(of: #""[^"\n]*""#, with: "\"\"", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false).map { $0.components(separatedBy: "//")[0] }
            .joined(separator: "\n")
    }

    /// Every file-system read in `Site/`, as "Site/SiteWriter.swift:27 reads the file system: fileSystem.read(": the
    /// site renders and writes what it is handed; what the output folder holds is read in `Actions/`.
    static func siteReads(in files: [SourceFile]) -> [String] {
        // A call on something (`fileSystem.list(`), not a value's case (`.list(schema)`), or Foundation's own reading.
        let read = try! NSRegularExpression(
            pattern: #"\w+\s*\.\s*(read|list|kind|isFile|isDirectory|isSymbolicLink)\s*\(|FileManager|contentsOf:"#)
        var found: [String] = []
        for file in files where file.stage == "Site" {
            for (number, line) in code(of: file).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let text = String(line)
                guard let match = read.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
                    continue
                }
                found.append(
                    "Site/\(file.name):\(number + 1) reads the file system: \(text[Range(match.range, in: text)!])")
            }
        }
        return found
    }

    static func sources() throws -> [SourceFile] {
        let root = TestPaths.packageRoot.appendingPathComponent("Sources/PolicyPressKit")
        var files: [SourceFile] = []
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }
            .sorted()
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            else { continue }
            for case let name as String in enumerator where name.hasSuffix(".swift") {
                let text = try String(
                    contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append(SourceFile(stage: folder, name: name, text: text))
            }
        }
        return files
    }

    @Test func everyFolderIsAStage() throws {
        let folders = Set(try Self.sources().map(\.stage))
        #expect(
            folders == Set(Self.stages),
            "a new folder must take its place in ArchitectureTests.stages and ARCHITECTURE.md")
    }

    @Test func noStageUsesOneToItsRight() throws {
        let backward = Self.backwardReferences(in: try Self.sources())
        #expect(backward.isEmpty, "\(backward.joined(separator: "\n"))")
    }

    @Test func siteReadsNoFiles() throws {
        let reads = Self.siteReads(in: try Self.sources())
        #expect(reads.isEmpty, "\(reads.joined(separator: "\n"))")
    }

    /// The check can fail: a read in `Site/` is caught; a read elsewhere, in a comment or string, and a schema's `.list(` are not.
    @Test func aReadInSiteIsCaught() {
        let files = [
            SourceFile(
                stage: "Site", name: "Writer.swift",
                text: "struct Writer {\n    func f() { _ = try? fileSystem.read(path) } // fileSystem.list(x)\n}\n"),
            SourceFile(
                stage: "Site", name: "Values.swift",
                text: "let schema = [\"sections\": .list(schema), \"note\": \"fileSystem.kind(x)\"]\n"),
            SourceFile(stage: "Actions", name: "Reader.swift", text: "let names = try fileSystem.list(folder)\n"),
        ]
        #expect(Self.siteReads(in: files) == ["Site/Writer.swift:2 reads the file system: fileSystem.read("])
    }

    /// The check can fail: a model type that names a site type is caught, and a comment or string is not.
    @Test func aBackwardReferenceIsCaught() {
        let files = [
            SourceFile(stage: "Site", name: "Page.swift", text: "public struct PageValue {}\n"),
            SourceFile(
                stage: "Model", name: "Thing.swift", text: "struct Thing {\n    var page: PageValue // a PageValue\n}\n"
            ),
            SourceFile(
                stage: "Load", name: "Reader.swift", text: "struct Reader { let note = \"PageValue\" } // PageValue\n"),
            SourceFile(
                stage: "Actions", name: "Act.swift", text: "struct Act { var thing: Thing; var page: PageValue }\n"),
        ]
        #expect(Self.backwardReferences(in: files) == ["Model/Thing.swift names PageValue (Site)"])
    }
}
