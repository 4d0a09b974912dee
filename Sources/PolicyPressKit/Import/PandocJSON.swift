import Foundation

/// A JSON value as pandoc writes and reads its document tree (`pandoc -t json`), kept whole: the import
/// changes the parts it understands and passes every other part back to pandoc as it came. Read and
/// written with Foundation's JSON coders; whole numbers stay whole, as pandoc's reader wants them.
enum PandocJSON: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([PandocJSON])
    case object([String: PandocJSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([PandocJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: PandocJSON].self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Reads pandoc's JSON output.
    init(parsing data: Data) throws {
        self = try JSONDecoder().decode(PandocJSON.self, from: data)
    }

    /// The value as JSON, keys sorted so that the same tree always gives the same bytes.
    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }

    /// The value of a key of an object; nil for a missing key or a value that is not an object.
    subscript(key: String) -> PandocJSON? {
        guard case .object(let entries) = self else { return nil }
        return entries[key]
    }

    /// The elements of an array; empty for anything else.
    var elements: [PandocJSON] {
        if case .array(let values) = self { return values }
        return []
    }

    /// The text of a string; nil for anything else.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number of an integer; nil for anything else.
    var int: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The words of any part of pandoc's tree: its `Str` texts, a space for each `Space` or break, and the
    /// text of code.
    var words: String {
        switch self {
        case .object(let entries):
            switch entries["t"]?.string {
            case "Str": return entries["c"]?.string ?? ""
            case "Space", "SoftBreak", "LineBreak": return " "
            case "Code", "CodeBlock": return entries["c"]?.elements.last?.string ?? ""
            default: return entries["c"]?.words ?? ""
            }
        case .array(let values): return values.map(\.words).joined()
        default: return ""
        }
    }
}
