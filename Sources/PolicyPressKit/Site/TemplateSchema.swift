/// What a template may name at one level of its values: each name's kind. `check` reads every template
/// against it, so that a misspelt name is found at its position rather than printed as nothing.
public struct TemplateSchema: Sendable {
    /// What a name holds.
    public indirect enum Field: Sendable {
        /// Text or a number, printed as it is.
        case text
        /// Yes or no, for a `{{#name}}` section.
        case flag
        /// Values of their own, named below it (`policy.title`).
        case value(TemplateSchema)
        /// A list of values, each named as the schema says (`{{#sections}}…{{/sections}}`).
        case list(TemplateSchema)
    }

    /// The names and what each holds.
    public var fields: [String: Field]

    /// Makes a schema.
    public init(_ fields: [String: Field]) {
        self.fields = fields
    }

    /// The same schema with more names.
    func adding(_ more: [String: Field]) -> TemplateSchema {
        TemplateSchema(fields.merging(more) { $1 })
    }
}
