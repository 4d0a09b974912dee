import Foundation

/// A JSON value as pandoc writes and reads its document tree (`pandoc -t json`), kept whole: the import
/// changes the parts it understands and passes every other part back to pandoc as it came. Read with
/// Foundation's `JSONSerialization`, which tells each value's kind as it reads it (a `Decodable` reading
/// must try each kind in turn, and a failed try costs an error: five times the clean-up itself, measured),
/// and written with `JSONEncoder`; whole numbers stay whole, as pandoc's reader wants them.
enum PandocJSON: Hashable, Sendable, Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([PandocJSON])
    case object([String: PandocJSON])

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
        self = PandocJSON(reading: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    // A value as `JSONSerialization` gives it: a number's kind is its `objCType`, "c" for true and false.
    private init(reading value: Any) {
        switch value {
        case let text as String: self = .string(text)
        case let values as [Any]: self = .array(values.map(PandocJSON.init(reading:)))
        case let entries as [String: Any]: self = .object(entries.mapValues(PandocJSON.init(reading:)))
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": self = .bool(number.boolValue)
            case "f", "d": self = .double(number.doubleValue)
            default: self = .int(number.intValue)
            }
        default: self = .null
        }
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

    /// The object with `key` set to `value` (an object made of nothing when this is not one).
    func setting(_ key: String, to value: PandocJSON) -> PandocJSON {
        guard case .object(var entries) = self else { return .object([key: value]) }
        entries[key] = value
        return .object(entries)
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
