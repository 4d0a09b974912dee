import Foundation

/// The next version of a model policy taken over the one in the library (`import FILE --update POLICY`):
/// which file each new section is written to, and what became of it. A section paired with an old one
/// (``SectionMatcher``) keeps its file, and the lines its author added to its front matter; its title,
/// order, guidance and text are the new version's. A new section gets a file of its own; an old section
/// left unpaired goes. Nothing is written here: ``files`` is the folder's section files as they will be.
struct PolicyUpdate {
    /// One section of the new version, and what became of it.
    struct Section: Equatable {
        /// Its title in the new version.
        var title: String
        /// Its file's name in the policy folder: the old section's when it was paired with one.
        var file: String
        /// Its place in the new version, from 1 (its `order:`).
        var order: Int
        /// The old section it was paired with, and how; nil for a section added.
        var pairedWith: Old?
        /// How many words its text gained and lost.
        var wordsAdded = 0, wordsRemoved = 0
        /// The line of its file on which its Markdown starts.
        var bodyLine: Int
        /// Variables the old text had, written by hand, that the new one does not (`{{ term.head }}`).
        var lostVariables: [String] = []
        /// Fence lines the old text had that the new one does not (`::: only voluntary-aided`).
        var lostFences: [String] = []

        /// Whether its file is exactly as it was.
        var isUnchanged: Bool { pairedWith?.isUnchanged ?? false }
    }

    /// The old section a new one was paired with.
    struct Old: Equatable {
        var title: String
        var order: Int
        var evidence: SectionMatcher.Evidence
        /// Whether it moved among the other sections paired (not only renumbered because others came or went).
        var moved: Bool
        /// Whether its file's bytes are the same as before.
        var isUnchanged: Bool
        /// How its guidance changed, when it did.
        var guidance: GuidanceChange?
        /// Whether anything but its `order:` changed.
        var changedBeyondOrder: Bool
    }

    /// How a section's guidance changed: it follows the new document's drafting notes.
    enum GuidanceChange: Equatable, CustomStringConvertible {
        /// The new document has drafting notes for a section that had no guidance.
        case added
        /// The new document's notes replace this guidance.
        case replaced(String)
        /// The new document has no notes for the section, so this guidance goes.
        case dropped(String)

        /// What the report says of it.
        var description: String {
            switch self {
            case .added: return "guidance added from the document's drafting notes"
            case .replaced(let old): return "its guidance is the document's new drafting notes (it was '\(old)')"
            case .dropped(let old):
                return "its guidance ('\(old)') was dropped: the document has no drafting notes for the section now"
            }
        }

        /// The change from `old` guidance to `new`, or nil when they are the same.
        init?(from old: String?, to new: String?) {
            switch (old, new) {
            case (nil, nil): return nil
            case (nil, .some): self = .added
            case (.some(let old), nil): self = .dropped(old)
            case (.some(let old), .some(let new)):
                if old == new { return nil }
                self = .replaced(old)
            }
        }
    }

    /// A section of the old version that the new one does not have: its file goes.
    struct Removal: Equatable {
        var title: String
        var file: String
    }

    /// The new version's sections, in order.
    var sections: [Section] = []
    /// The old sections that go.
    var removals: [Removal] = []
    /// The section files of the policy folder as it will be, by name.
    var files: [String: Data] = [:]

    /// Plans the update of the policy whose sections are `old` (as read, with each file's bytes by name in
    /// `bytes`) to `new`. A new section's file gets a name that is no old section's and none of `reserved`
    /// (the names schools' and trusts' amendments use).
    init(old: [ModelSection], bytes: [String: Data], new: ImportedPolicy, reserved: Set<String>) {
        let matching = SectionMatcher.match(
            old: old.map { SectionMatcher.Section(title: $0.title.text, text: $0.body) },
            new: new.sections.map { SectionMatcher.Section(title: $0.title, text: $0.markdown) })
        let pairs = Dictionary(uniqueKeysWithValues: matching.pairs.map { ($0.new, $0) })
        // The pairs come in the new version's order; those whose old orders still rise did not move.
        let staying = Set(Self.inOrder(matching.pairs.map { old[$0.old].order }).map { matching.pairs[$0].new })
        var taken = reserved.union(old.map(\.name))
        for (index, section) in new.sections.enumerated() {
            let planned: (section: Section, data: Data)
            if let pair = pairs[index] {
                let before = old[pair.old]
                planned = Self.kept(
                    section, order: index + 1, from: before, evidence: pair.evidence, moved: !staying.contains(index),
                    bytes: bytes[before.name + ".md"])
            } else {
                planned = Self.added(section, order: index + 1, taken: &taken)
            }
            sections.append(planned.section)
            files[planned.section.file] = planned.data
        }
        removals = matching.removed.map { Removal(title: old[$0].title.text, file: old[$0].name + ".md") }
    }

    // A new section: a file of its own, with front matter as a first import writes it.
    private static func added(_ section: ImportedPolicy.Section, order: Int, taken: inout Set<String>) -> (
        section: Section, data: Data
    ) {
        let name = freeName(order: order, title: section.title, taken: &taken)
        let lines = PolicyImport.frontMatter(of: section, order: order)
        let planned = Section(
            title: section.title, file: name, order: order, wordsAdded: section.markdown.blankSeparatedWords.count,
            bodyLine: lines.count + 1)
        return (planned, Data((lines + [section.markdown]).joined(separator: "\n").utf8))
    }

    // A section paired with the old section `before`: its file, with the new text under the old front matter
    // brought up to date; the old bytes (`bytes`) when nothing changed.
    private static func kept(
        _ section: ImportedPolicy.Section, order: Int, from before: ModelSection, evidence: SectionMatcher.Evidence,
        moved: Bool, bytes: Data?
    ) -> (section: Section, data: Data) {
        let header = frontMatter(of: before, becoming: section, order: order).lines
        let text = (header + [section.markdown]).joined(separator: "\n")
        let textInOldPlace =
            (frontMatter(of: before, becoming: section, order: before.order).lines + [section.markdown])
            .joined(separator: "\n")
        let paired = Old(
            title: before.title.text, order: before.order, evidence: evidence, moved: moved,
            isUnchanged: text == before.text,
            guidance: GuidanceChange(from: before.guidance, to: guidance(of: section)),
            changedBeyondOrder: textInOldPlace != before.text)
        var planned = Section(
            title: section.title, file: before.name + ".md", order: order, pairedWith: paired,
            bodyLine: header.count + 1)
        for step in EditScript.align(before.body.blankSeparatedWords, section.markdown.blankSeparatedWords) {
            if case .added = step { planned.wordsAdded += 1 } else if case .removed = step { planned.wordsRemoved += 1 }
        }
        let newVariables = variables(in: text), newFences = fences(in: section.markdown)
        planned.lostVariables = variables(in: before.text).filter { !newVariables.contains($0) }
        planned.lostFences = fences(in: before.body).filter { !newFences.contains($0) }
        return (planned, paired.isUnchanged ? bytes ?? Data(text.utf8) : Data(text.utf8))
    }

    /// Whether every section file stays exactly as it is: there is nothing to write.
    var changesNothing: Bool { removals.isEmpty && sections.allSatisfy(\.isUnchanged) }

    /// The guidance a new section's drafting notes give it.
    static func guidance(of section: ImportedPolicy.Section) -> String? {
        section.notes.isEmpty ? nil : section.notes.joined(separator: " ")
    }

    // The old section's front matter with the new title, order and guidance, each line changed only where
    // its value changed, so that a section the new version leaves as it was keeps its bytes.
    private static func frontMatter(of old: ModelSection, becoming new: ImportedPolicy.Section, order: Int)
        -> SectionFrontMatter
    {
        var frontMatter = SectionFrontMatter(fileText: old.text) ?? SectionFrontMatter(entries: [])
        if old.title.text != new.title {
            frontMatter.set("title", to: "title: " + YAMLText.quoted(new.title), after: "")
        }
        if old.order != order { frontMatter.set("order", to: "order: \(order)", after: "title") }
        let guidance = guidance(of: new)
        if old.guidance != guidance {
            frontMatter.set("guidance", to: guidance.map { "guidance: " + YAMLText.quoted($0) }, after: "order")
        }
        return frontMatter
    }

    /// `NN-slug.md` for a new section, or with `-2`, `-3`… after the slug when that name is taken; the name
    /// is then taken.
    static func freeName(order: Int, title: String, taken: inout Set<String>) -> String {
        var slugs = SlugMaker(reserving: taken)
        let name = slugs.slug(for: String(PolicyScaffold.fileName(order: order, title: title).dropLast(".md".count)))
        taken.insert(name)
        return name + ".md"
    }

    /// The indices (in `orders`, old orders listed in the new version's order) of a longest run that keeps
    /// its old order: the sections that did not move. Found in n log n steps (patience sorting).
    static func inOrder(_ orders: [Int]) -> Set<Int> {
        var tails: [Int] = []  // for each length, the index ending the best run of that length
        var previous = [Int](repeating: -1, count: orders.count)
        for (index, order) in orders.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if orders[tails[middle]] < order { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var kept = Set<Int>()
        var index = tails.last ?? -1
        while index >= 0 {
            kept.insert(index)
            index = previous[index]
        }
        return kept
    }

    /// The variables a text holds, each written `{{ name }}`, in the order they first stand.
    static func variables(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !found.contains("{{ \(name) }}") { found.append("{{ \(name) }}") }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The lines of a text that open a fenced block (`::: only TYPE`, `::: except TYPE`), trimmed.
    static func fences(in text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            line.hasPrefix(":::")
                && line.dropFirst(3).trimmingCharacters(in: .whitespaces).split(separator: " ").first.map {
                    ["only", "except"].contains($0)
                } == true
        }
    }
}
