import Foundation
import PropertyBased

/// Generators shared by the property tests.
///
/// Structured inputs (documents, sections, edits) are made by reading a list of small numbers as a
/// program, so that when a property fails the library's shrinking of that list shrinks the input too.
enum Generators {
    /// How many inputs a property tries: `base`, times `POLICYPRESS_PROPERTY_SCALE` when that is set
    /// (`POLICYPRESS_PROPERTY_SCALE=100 swift test --filter Property` for a long run).
    static func count(_ base: Int) -> Int {
        base * max(1, Int(ProcessInfo.processInfo.environment["POLICYPRESS_PROPERTY_SCALE"] ?? "") ?? 1)
    }

    /// What a value typed into a profile could hold at worst: Markdown's and HTML's marks, YAML's
    /// indicators, white space of several kinds, letters, digits and characters beyond ASCII.
    static let hostileCharacters: [Character] =
        Array("*_[]()<>#!&\\`{}|~-+.=:;\"'/%@?, \n\tabcXYZ0129éß€😀") + [
            "\u{00A0}", "\u{0085}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{FEFF}", "\u{1}", "\r\n",
        ]

    /// A string of up to `length` hostile characters.
    static func hostileString(_ length: ClosedRange<Int> = 0...40) -> Generator<String, some SendableSequenceType> {
        Gen<Character?>.element(of: hostileCharacters).map { $0! }.string(of: length)
    }

    /// A list of up to `length` numbers below 1,000, read as a program by the structured generators.
    static func program(_ length: ClosedRange<Int> = 0...60) -> Generator<[Int], some SendableSequenceType> {
        Gen.int(in: 0...999).array(of: length)
    }
}

/// Reads a program's numbers one at a time; an exhausted program reads as the end of everything.
struct ProgramReader {
    private let numbers: [Int]
    private var position = 0

    init(_ numbers: [Int]) {
        self.numbers = numbers
    }

    var isAtEnd: Bool { position >= numbers.count }

    mutating func next() -> Int? {
        guard position < numbers.count else { return nil }
        defer { position += 1 }
        return numbers[position]
    }

    /// The next number modulo `count`, or 0 at the end.
    mutating func choose(_ count: Int) -> Int {
        (next() ?? 0) % count
    }

    /// An element picked by the next number.
    mutating func pick<T>(_ options: [T]) -> T {
        options[choose(options.count)]
    }
}
