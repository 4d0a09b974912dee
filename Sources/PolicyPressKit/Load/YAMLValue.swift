/// A YAML value with the position it came from, so that every complaint about it can say where it is.
public struct YAMLValue: Sendable, Hashable {
    /// A YAML mapping entry, its key's position kept.
    public struct Entry: Sendable, Hashable {
        /// The key, as written.
        public var key: String
        /// Where the key is.
        public var keyLocation: SourceLocation
        /// The value under the key.
        public var value: YAMLValue
    }

    /// The three shapes a YAML value takes.
    public enum Content: Sendable, Hashable {
        /// Text as written (numbers, dates and booleans stay text); `isNull` for `~`, `null` or nothing.
        case scalar(String, isNull: Bool)
        case list([YAMLValue])
        case mapping([Entry])
    }

    /// The value.
    public var content: Content
    /// Where the value starts.
    public var location: SourceLocation

    /// The text of a scalar that is not null.
    public var string: String? {
        if case .scalar(let text, false) = content { return text }
        return nil
    }

    /// The entries of a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The elements of a list.
    public var elements: [YAMLValue]? {
        if case .list(let elements) = content { return elements }
        return nil
    }

    /// The value under a key of a mapping.
    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }

    /// "text", "a list" or "a mapping", for messages.
    public var shapeName: String {
        switch content {
        case .scalar(_, true): return "nothing"
        case .scalar: return "text"
        case .list: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
