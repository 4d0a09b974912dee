import Foundation
import Mustache

/// The site's Mustache templates and stylesheet, as read from a `Templates/` folder.
public struct TemplateSet: Sendable {
    /// The templates by name without extension (`index`, `policy`, `policy.txt`, `partials/header`).
    public var library: MustacheLibrary
    /// The stylesheet, copied to the site as it is.
    public var stylesheet: Data
    /// Each template's text and file, by name, for the check of the names it uses.
    public var sources: [String: SourceText] = [:] {
        didSet {
            tags = sources.mapValues(TemplateTag.tags(in:))
            checks = Memo()
        }
    }
    /// The problems `check` finds in these templates, by the set of profile names they are read against, so
    /// that schools whose profiles name the same values share one reading.
    public private(set) var checks = Memo<[Diagnostic]>()
    /// Each template's tags, read once.
    public private(set) var tags: [String: [TemplateTag]] = [:]

    /// The templates a build needs; a folder missing one is reported.
    public static let requiredTemplates = ["index", "policy", "policy.txt", "changes", "accessibility", "schools"]

    /// Wraps loaded templates.
    public init(library: MustacheLibrary, stylesheet: Data, sources: [String: SourceText] = [:]) {
        self.library = library
        self.stylesheet = stylesheet
        self.sources = sources
        tags = sources.mapValues(TemplateTag.tags(in:))
    }

    /// Renders a template with the values it names (a value conforming to `MustacheParent`, or a dictionary).
    /// The template must be one of the set: the reader reports a folder missing one before anything is built,
    /// so a page is never written from a template that is not there.
    public func render(_ name: String, _ context: Any) -> String {
        guard let text = library.render(context, withTemplate: name) else {
            preconditionFailure("the template '\(name)' is not among the templates read")
        }
        return text
    }
}
