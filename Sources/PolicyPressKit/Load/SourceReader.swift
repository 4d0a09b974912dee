/// Reads the text files of a library and a school through the file system passed in, turning every problem
/// into a positioned diagnostic; the reader of each input (`VocabularyReader`, `TemplateReader`,
/// `PolicyReader`, `SectionReader`, `ProfileReader`, `LibraryReader`, `RegisterReader`) reads through one.
///
/// It prints paths relative to `workingDirectory`.
public struct SourceReader: Sendable {
    /// Where files are read from.
    public var fileSystem: FileSystem
    /// The folder paths are shown relative to.
    public var workingDirectory: String

    /// Makes a reader over a file system.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
    }

    /// A path as the user should see it.
    func display(_ absolute: String) -> String {
        Path.display(absolute, from: workingDirectory)
    }

    /// Reads and decodes a text file, or reports why it cannot; `purpose` tells a missing file's reader what it is for.
    func source(at absolute: String, purpose: String? = nil) throws(Diagnostic) -> SourceText {
        let shown = display(absolute)
        // A link could make the library read (and publish) a file from anywhere on the machine.
        guard !fileSystem.isSymbolicLink(absolute) else {
            throw Diagnostic(
                "this file is a symbolic link; PolicyPress reads only files that are really in the library or school folder, so copy it in instead",
                at: SourceLocation(file: shown))
        }
        if fileSystem.isDirectory(absolute) {
            throw Diagnostic(
                "this is a folder, not a file; name one Markdown or YAML file in it", at: SourceLocation(file: shown))
        }
        guard fileSystem.isFile(absolute) else {
            let why = purpose.map { ": \($0)" } ?? ""
            throw Diagnostic("this file is missing\(why)", at: SourceLocation(file: shown))
        }
        do {
            return try SourceText(path: shown, data: fileSystem.read(absolute))
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic("cannot read the file: \(error)", at: SourceLocation(file: shown))
        }
    }

    /// Reads a YAML file whole.
    func yaml(at absolute: String, purpose: String? = nil) throws(Diagnostic) -> (YAMLValue?, SourceLocation) {
        let source = try source(at: absolute, purpose: purpose)
        return (
            try YAMLReader.read(source.text, file: source.path), SourceLocation(file: source.path, line: 1, column: 1)
        )
    }

    /// The names in a folder, sorted so that every run sees them in the same order.
    func sortedNames(in absolute: String) throws(Diagnostic) -> [String] {
        do {
            return try fileSystem.list(absolute).sorted()
        } catch {
            throw Diagnostic("cannot list the folder: \(error)", at: SourceLocation(file: display(absolute)))
        }
    }
}
