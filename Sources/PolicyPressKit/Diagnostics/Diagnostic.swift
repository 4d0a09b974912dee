/// One problem found in the input, with where it is and a sentence that says what was expected.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is: errors stop a build, warnings do not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Whether it stops the build.
    public var severity: Severity
    /// One sentence naming the offending thing and what was expected.
    public var message: String
    /// The school profile field (such as `roles.headteacher`) whose absence this problem reports, if that
    /// is its cause: `init` asks for these.
    public var missingField: String?
    /// The school profile value (such as `website`) this problem is in, when it is in one value and not the
    /// whole profile: it stops the approval only of a policy that uses that value.
    public var profileField: String?

    /// Makes a diagnostic; errors by default.
    public init(
        _ message: String, at location: SourceLocation, severity: Severity = .error, missingField: String? = nil,
        profileField: String? = nil
    ) {
        self.message = message
        self.location = location
        self.severity = severity
        self.missingField = missingField
        self.profileField = profileField
    }

    /// `path:line:column: error: message`, as compilers print it.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// Every problem a stage found, thrown together so that the user sees all of them in one run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order of their files and positions.
    public var diagnostics: [Diagnostic]

    /// Wraps problems, sorting them by position so the output is stable.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// One problem a line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension DiagnosticList {
    /// Runs a step that stops at its first problem, and throws what stopped it as a list: the one bridge from a
    /// step that throws one ``Diagnostic`` to a caller that throws a ``DiagnosticList``.
    @discardableResult
    public static func throwing<T>(_ step: () throws -> T) throws(DiagnosticList) -> T {
        var diagnostics = DiagnosticCollector()
        if let value = diagnostics.collect(step) { return value }
        throw DiagnosticList(diagnostics.diagnostics)
    }
}
