import Foundation

/// Reads each template against the values its pages are filled from, as `check` reads a policy against the
/// profile: a name that no value has (`{{ school.headteacher }}`, `{{ polcy.title }}`) would print as
/// nothing, so it is reported at its `file:line:column`, with the nearest name that exists.
struct TemplateCheck {
    /// The templates, with their sources.
    var templates: TemplateSet
    /// What each page template may name.
    var schemas: [String: TemplateSchema]

    /// The problems in `templates` for a school: read once for all the schools whose profiles name the same
    /// values, since the page values a template may name depend on nothing else.
    static func problems(in templates: TemplateSet, for school: SchoolValue) -> [Diagnostic] {
        // Keys never hold a NUL: a source file with one is refused.
        templates.checks.value(for: school.profile.values.keys.sorted().joined(separator: "\u{0}")) {
            TemplateCheck(templates: templates, schemas: PageValue.schemas(school: school)).problems()
        }
    }

    /// Every unknown name in the page templates and the partials they include. A partial is read with the
    /// values of each page that includes it; a name is reported when no such page has it, so that a footer
    /// may test `{{#policy}}` on the pages that have a policy.
    func problems() -> [Diagnostic] {
        var reading = Reading()
        for (name, schema) in schemas.sorted(by: { $0.key < $1.key }) {
            check(name, scopes: [schema], including: [], into: &reading)
        }
        return reading.failures.filter { reading.reads[$0.template] == $0.count }.map(\.diagnostic)
    }

    /// What the reading found: how often each template was read, and each unknown name with how often.
    private struct Reading {
        var reads: [String: Int] = [:]
        var failures: [(template: String, diagnostic: Diagnostic, count: Int)] = []

        mutating func fail(_ diagnostic: Diagnostic, in template: String) {
            if let index = failures.firstIndex(where: {
                $0.template == template && $0.diagnostic.location == diagnostic.location
            }) {
                failures[index].count += 1
                // The reading with a suggestion says more.
                if diagnostic.message.count > failures[index].diagnostic.message.count {
                    failures[index].diagnostic = diagnostic
                }
            } else {
                failures.append((template, diagnostic, 1))
            }
        }
    }

    private func check(_ name: String, scopes: [TemplateSchema?], including: Set<String>, into reading: inout Reading) {
        guard let source = templates.sources[name], !including.contains(name) else { return }
        reading.reads[name, default: 0] += 1
        var scopes = scopes
        let outermost = scopes.count
        // Names a section tests for that this school lacks (`{{#school.twitter}}`): a value one school has
        // and another not; inside the section, the same name is not reported either.
        var guarded: [String?] = []
        for tag in templates.tags[name] ?? [] {
            switch tag.sigil {
            case "!", "=", "%": continue
            case ">":
                check(tag.name, scopes: scopes, including: including.union([name]), into: &reading)
            case "/":
                if scopes.count > outermost { scopes.removeLast() }
                _ = guarded.popLast()
            default:
                guard !guarded.contains(tag.name) else { continue }
                var problems: [Diagnostic] = []
                let field = resolve(tag.name, in: scopes, at: tag.location(in: source), into: &problems)
                let isSection = tag.sigil == "#" || tag.sigil == "^"
                let isOptionalValue = isSection && tag.name.hasPrefix("school.") && field == nil
                if !isOptionalValue { problems.forEach { reading.fail($0, in: name) } }
                guard isSection else { continue }
                guarded.append(isOptionalValue ? tag.name : nil)
                // A section over a value or a list reads its names there first; over text or a flag, and an
                // inverted section, the names around it.
                switch (tag.sigil, field) {
                case ("#", .value(let schema)?), ("#", .list(let schema)?): scopes.append(schema)
                default: scopes.append(nil)
                }
            }
        }
    }

    private func resolve(
        _ name: String, in scopes: [TemplateSchema?], at location: SourceLocation, into problems: inout [Diagnostic]
    )
        -> TemplateSchema.Field?
    {
        guard name != "." else { return nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let schema = scopes.reversed().compactMap({ $0 }).first(where: { $0.fields[parts[0]] != nil }),
            var field = schema.fields[parts[0]]
        else {
            let known = Set(scopes.compactMap { $0 }.flatMap { $0.fields.flatMap { Self.paths(of: $1, under: $0) } })
            problems.append(
                Diagnostic(
                    "the template names '\(name)', which no page value has\(Suggestion.hint(for: name, in: known))",
                    at: location))
            return nil
        }
        let root = field
        for part in parts.dropFirst() {
            guard case .value(let inner) = field, let next = inner.fields[part] else {
                let known = Self.paths(of: root, under: parts[0])
                problems.append(
                    Diagnostic(
                        "the template names '\(name)', which no page value has\(Suggestion.hint(for: name, in: known))",
                        at: location))
                return nil
            }
            field = next
        }
        return field
    }

    // Every dotted name under a value (`school.roles.headteacher`), for the nearest to a misspelt one.
    private static func paths(of field: TemplateSchema.Field, under path: String) -> [String] {
        guard case .value(let schema) = field else { return [path] }
        return [path] + schema.fields.flatMap { paths(of: $1, under: path + "." + $0) }
    }
}
