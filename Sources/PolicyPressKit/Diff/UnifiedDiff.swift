/// A unified diff of two texts, line by line, as `diff -u` and git print it.
public enum UnifiedDiff {
    /// The diff with `---`/`+++` labels and hunks with `context` lines around each change; "" when equal.
    public static func text(from old: String, to new: String, oldLabel: String, newLabel: String, context: Int = 3)
        -> String
    {
        let oldLines = lines(old), newLines = lines(new)
        let steps = EditScript.slidDown(EditScript.align(oldLines, newLines), old: oldLines, new: newLines)
        let changed = steps.indices.filter { if case .same = steps[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for range in hunks(changed: changed, count: steps.count, context: context) {
            output += hunk(steps[range], oldLines: oldLines, newLines: newLines)
        }
        return output
    }

    private static func lines(_ text: String) -> [Substring] {
        var lines = text.lineSlices
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    // Ranges of steps around the changes, merged where their context would touch.
    private static func hunks(changed: [Int], count: Int, context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in changed {
            let range = max(0, index - context)..<min(count, index + context + 1)
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    private static func hunk(_ steps: ArraySlice<EditStep>, oldLines: [Substring], newLines: [Substring]) -> String {
        var body = ""
        var oldStart: Int?, newStart: Int?
        var oldCount = 0, newCount = 0
        var nextOld = 0, nextNew = 0
        for step in steps {
            switch step {
            case .same(let i, let j):
                oldStart = oldStart ?? i
                newStart = newStart ?? j
                body += " \(oldLines[i])\n"
                oldCount += 1
                newCount += 1
                nextOld = i + 1
                nextNew = j + 1
            case .removed(let i):
                oldStart = oldStart ?? i
                body += "-\(oldLines[i])\n"
                oldCount += 1
                nextOld = i + 1
            case .added(let j):
                newStart = newStart ?? j
                body += "+\(newLines[j])\n"
                newCount += 1
                nextNew = j + 1
            }
        }
        // An empty side is numbered by the line before it, as diff does.
        let oldFrom = oldCount == 0 ? (oldStart ?? nextOld) : (oldStart ?? 0) + 1
        let newFrom = newCount == 0 ? (newStart ?? nextNew) : (newStart ?? 0) + 1
        return "@@ -\(range(oldFrom, oldCount)) +\(range(newFrom, newCount)) @@\n" + body
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }
}
