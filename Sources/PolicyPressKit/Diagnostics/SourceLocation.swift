/// A place in a source file, printed the way editors and compilers print it: `path:line:column`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as the user named it (relative where they gave it relative).
    public var file: String
    /// The line, counting from 1; 0 when the problem concerns the whole file.
    public var line: Int
    /// The column in characters, counting from 1; 0 when the problem concerns the whole line.
    public var column: Int

    /// Makes a location; line and column count from 1, and 0 means "the whole file" or "the whole line".
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out the parts that are 0.
    public var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// The same file, moved down by `lines` and, on the first line, right by `columns`.
    public func offset(lines: Int, columns: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column + columns)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
