/// Gathers problems across a stage, so that one run reports every problem and not just the first.
public struct DiagnosticCollector: Sendable {
    /// What has been found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// An empty collector.
    public init() {}

    /// Whether any error (not warning) has been found.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records one problem.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records an error at a location.
    public mutating func error(_ message: String, at location: SourceLocation) {
        report(Diagnostic(message, at: location))
    }

    @discardableResult
    /// Runs `body`, recording what it throws instead of stopping; returns its value or nil.
    public mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            report(diagnostic)
        } catch let list as DiagnosticList {
            diagnostics += list.diagnostics
        } catch {
            report(Diagnostic("\(error)", at: SourceLocation(file: "policypress")))
        }
        return nil
    }

    /// Throws everything collected when there is an error; returns the warnings otherwise.
    public func throwIfErrors() throws(DiagnosticList) -> [Diagnostic] {
        if hasErrors { throw DiagnosticList(diagnostics) }
        return diagnostics
    }

    /// The value a collecting reader returns, or everything it reported when that holds an error: the one
    /// way to call a reader that reports to a collector where a caller wants it to throw instead.
    public static func checked<T>(_ read: (inout DiagnosticCollector) -> T?) throws(DiagnosticList) -> T {
        var diagnostics = DiagnosticCollector()
        let value = read(&diagnostics)
        _ = try diagnostics.throwIfErrors()
        guard let value else { throw DiagnosticList(diagnostics.diagnostics) }
        return value
    }
}
