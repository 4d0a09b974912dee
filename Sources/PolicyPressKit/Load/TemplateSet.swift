import Foundation
import Mustache

/// The site's Mustache templates and stylesheet, as read from a `Templates/` folder.
public struct TemplateSet: Sendable {
    /// The templates by name without extension (`index`, `policy`, `policy.txt`, `partials/header`).
    public var library: MustacheLibrary
    /// The stylesheet, copied to the site as it is.
    public var stylesheet: Data

    /// The templates a build needs; a folder missing one is reported.
    public static let requiredTemplates = ["index", "policy", "policy.txt", "changes", "accessibility", "schools"]

    /// Wraps loaded templates.
    public init(library: MustacheLibrary, stylesheet: Data) {
        self.library = library
        self.stylesheet = stylesheet
    }

    /// Renders a template with a context made of dictionaries, arrays and strings.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
