import Foundation
import PolicyPressKit

/// Times the import's own clean-up (`PolicyImporter.cleanUp`) on each pandoc JSON file named after
/// `cleanup`, `--runs` times each, and prints one line per file: `cleanup FILE MEDIAN_SECONDS SECTIONS`.
/// scripts/bench_import.py sets these beside pandoc's own time on the same documents.
func cleanupBenchmark() throws {
    let files = arguments.dropFirst().prefix { !$0.hasPrefix("--") }
    for file in files {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var sections = 0
        let seconds = measure(file) {
            if case .success(let cleaned)? = PolicyImporter.cleanUp(pandocJSON: data) {
                sections = cleaned.titles.count
            }
        }
        print("cleanup \(file) \(String(format: "%.4f", seconds)) \(sections)")
    }
}
