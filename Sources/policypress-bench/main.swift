// Benchmarks for PolicyPress, and the synthetic trust they run on. Prints figures; it asserts nothing.
//   policypress-bench diff [--sections N] [--runs N]      diff two editions of N sections
//   policypress-bench generate DIR [--schools N] [--policies N] [--sections N] [--seed N] [--templates DIR]
//   policypress-bench export LIBRARY OUT                  each school's resolved editions as Markdown files
//   policypress-bench cleanup FILE.json… [--runs N]       the import's clean-up of pandoc's JSON of each document
//   policypress-bench print SITE_DIR                      every policy page of a built site printed to PDF, twice
//   policypress-bench print-parallel SITE_DIR [--browsers N]  the same pages printed by 1 to N browsers at once
//   policypress-bench print-cost SITE_DIR                 the same pages printed without tags, bookmarks, margins: what each costs
import Foundation
import PolicyPressKit

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else {
        return value
    }
    return number
}
let sections = option("--sections", default: 200)
let runs = option("--runs", default: 7)

/// A small deterministic generator, so that every run compares the same texts.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11 ^ state
    }
}

let vocabulary = """
    the school governors staff pupils parents policy review safeguarding online safety behaviour attendance
    curriculum complaints data protection equality health wellbeing training record report concern incident
    headteacher trust academy local authority designated lead consent information device monitoring year term
    """.split(whereSeparator: \.isWhitespace).map(String.init)

func paragraph(_ words: Int, _ generator: inout SeededGenerator) -> String {
    (0..<words).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ").capitalizedFirst + "."
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Two editions of `count` sections: the new one has words changed, a paragraph added, sections moved,
/// removed and added, and list items reordered, spread through the text.
func editions(count: Int) -> (String, String) {
    var generator = SeededGenerator(state: 2026)
    var old: [(String, String)] = []
    for index in 0..<count {
        let body =
            (0..<3).map { _ in paragraph(60, &generator) }.joined(separator: "\n\n")
            + "\n\n" + (0..<4).map { _ in "- " + paragraph(8, &generator) }.joined(separator: "\n")
        old.append(("Section \(index + 1) on \(vocabulary[index % vocabulary.count])", body))
    }
    var new = old
    for index in stride(from: 0, to: count, by: 5) {
        var words = new[index].1.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        words[10] = "changed"
        words[40] = "altered"
        new[index].1 = words.joined(separator: " ")
    }
    for index in stride(from: 3, to: count, by: 17) { new[index].1 += "\n\n" + paragraph(40, &generator) }
    for index in stride(from: 7, to: count, by: 23) {
        var lines = new[index].1.split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(lines.count - 1, lines.count - 3)
        new[index].1 = lines.joined(separator: "\n")
    }
    for index in stride(from: count - 1, to: 0, by: -41) { new.remove(at: index) }
    for index in stride(from: 11, to: new.count, by: 37) {
        new.insert(("A new section \(index)", paragraph(80, &generator)), at: index)
    }
    for index in stride(from: 20, to: new.count - 10, by: 50) { new.swapAt(index, index + 9) }
    let text = { (sections: [(String, String)]) in
        EditionText.markdown(title: "Benchmark Policy", sections: sections.map { (title: $0.0, body: $0.1) })
    }
    return (text(old), text(new))
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func measure(_ label: String, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let figure = median(times)
    print(
        "  \(label.padding(toLength: 34, withPad: " ", startingAt: 0)) median \(String(format: "%8.1f", figure * 1000)) ms  (min \(String(format: "%.1f", times.min()! * 1000)), max \(String(format: "%.1f", times.max()! * 1000)))"
    )
    return figure
}

do {
    switch arguments.first {
    case "generate": try generate()
    case "export": try export()
    case "parts": try partsBenchmark()
    case "cleanup": try cleanupBenchmark()
    case "print": try printBenchmark()
    case "print-parallel": try printParallelBenchmark()
    case "print-cost": try printCostBenchmark()
    default: try diffBenchmark()
    }
} catch {
    FileHandle.standardError.write(Data("policypress-bench: error: \(error)\n".utf8))
    exit(1)
}
