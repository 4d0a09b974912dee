import Foundation
import Mustache

/// Reads a library's `Templates/` folder: every `.mustache` file under it, and its `style.css`.
public struct TemplateReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Reads every `.mustache` file under a templates folder, and its `style.css`.
    public func templates(in folder: String) throws(DiagnosticList) -> TemplateSet {
        var diagnostics = DiagnosticCollector()
        var library = MustacheLibrary()
        var names: [String] = []
        var sources: [String: SourceText] = [:]
        for relative in mustacheFiles(in: folder, prefix: "", diagnostics: &diagnostics) {
            let name = String(relative.dropLast(".mustache".count))
            guard let source = diagnostics.collect({ try files.source(at: Path.join(folder, relative)) }) else {
                continue
            }
            do {
                try library.register(source.text, named: name)
                names.append(name)
                sources[name] = source
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    "the template is not valid Mustache: \(error.error)",
                    at: SourceLocation(
                        file: source.path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                diagnostics.error("the template is not valid Mustache: \(error)", at: SourceLocation(file: source.path))
            }
        }
        for name in TemplateSet.requiredTemplates where !names.contains(name) && !diagnostics.hasErrors {
            diagnostics.error(
                "missing template: expected \(files.display(Path.join(folder, name + ".mustache"))) to exist",
                at: SourceLocation(file: files.display(folder)))
        }
        let stylesheet = diagnostics.collect { try files.source(at: Path.join(folder, "style.css")) }
        _ = try diagnostics.throwIfErrors()
        return TemplateSet(library: library, stylesheet: Data(stylesheet!.text.utf8), sources: sources)
    }

    private func mustacheFiles(in folder: String, prefix: String, diagnostics: inout DiagnosticCollector) -> [String] {
        guard let names = diagnostics.collect({ try self.files.sortedNames(in: folder) }) else { return [] }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = Path.join(folder, name)
            if self.files.fileSystem.isDirectory(path) {
                files += mustacheFiles(in: path, prefix: prefix + name + "/", diagnostics: &diagnostics)
            } else if name.hasSuffix(".mustache") {
                files.append(prefix + name)
            }
        }
        return files
    }
}
