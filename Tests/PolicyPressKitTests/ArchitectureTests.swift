import Foundation
import Testing

/// The stages of `Sources/PolicyPressKit` depend on each other in one direction only (ARCHITECTURE.md):
/// no file names a type declared in a stage to its right. The stages share one module, so the compiler
/// cannot check this; this test reads the sources instead, as a linter would.
@Suite struct ArchitectureTests {
    /// The stages from left to right: each may use only those before it.
    static let stages = ["Diagnostics", "Model", "Markdown", "Load", "Resolve", "Register", "Render", "Diff", "Site", "Actions", "Preview", "Scaffold"]

    struct SourceFile {
        var stage: String
        var name: String
        var text: String
    }

    /// Every reference from a file to a type of a later stage, as "Load/Library.swift names TemplateSet (Site)".
    static func backwardReferences(in files: [SourceFile]) -> [String] {
        let declaration = try! NSRegularExpression(
            pattern: #"^(?:public |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|typealias|actor) +(\w+)"#,
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
            // Comments and string literals may name anything.
            let code = file.text.replacingOccurrences(of: #""[^"\n]*""#, with: "\"\"", options: .regularExpression)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.components(separatedBy: "//")[0] }
                .joined(separator: "\n")
            let words = Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for word in words.sorted() {
                guard let stage = owner[word], stage != file.stage, let to = rank[stage], let from = rank[file.stage], to > from else { continue }
                found.append("\(file.stage)/\(file.name) names \(word) (\(stage))")
            }
        }
        return found
    }

    static func sources() throws -> [SourceFile] {
        let root = TestPaths.packageRoot.appendingPathComponent("Sources/PolicyPressKit")
        var files: [SourceFile] = []
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let name as String in enumerator where name.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append(SourceFile(stage: folder, name: name, text: text))
            }
        }
        return files
    }

    @Test func everyFolderIsAStage() throws {
        let folders = Set(try Self.sources().map(\.stage))
        #expect(folders == Set(Self.stages), "a new folder must take its place in ArchitectureTests.stages and ARCHITECTURE.md")
    }

    @Test func noStageUsesOneToItsRight() throws {
        let backward = Self.backwardReferences(in: try Self.sources())
        #expect(backward.isEmpty, "\(backward.joined(separator: "\n"))")
    }

    /// The check can fail: a model type that names a site type is caught, and a comment or string is not.
    @Test func aBackwardReferenceIsCaught() {
        let files = [
            SourceFile(stage: "Site", name: "Page.swift", text: "public struct PageValue {}\n"),
            SourceFile(stage: "Model", name: "Thing.swift", text: "struct Thing {\n    var page: PageValue // a PageValue\n}\n"),
            SourceFile(stage: "Load", name: "Reader.swift", text: "struct Reader { let note = \"PageValue\" } // PageValue\n"),
            SourceFile(stage: "Actions", name: "Act.swift", text: "struct Act { var thing: Thing; var page: PageValue }\n"),
        ]
        #expect(Self.backwardReferences(in: files) == ["Model/Thing.swift names PageValue (Site)"])
    }
}
