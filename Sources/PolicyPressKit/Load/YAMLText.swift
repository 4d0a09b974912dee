/// Writing YAML text: the one place that quotes a value for a file PolicyPress writes (the register, a new
/// school's profile, a new policy's front matter).
enum YAMLText {
    /// A double-quoted YAML scalar that reads back as exactly the text, whatever it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else if needsEscape(scalar) {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    // Characters a YAML reader would not keep as they are inside quotes: C1 controls (U+0085 is a line
    // break to YAML), the Unicode line and paragraph separators (folded like line breaks), the byte order
    // mark (dropped) and the two non-characters YAML does not allow.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value)
    }
}

extension String {
    /// The text with zeros before it, to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
