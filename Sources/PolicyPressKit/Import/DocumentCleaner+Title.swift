/// Which of a document's headings is its title, if any: taken out of the blocks, so that the sections are
/// what is left.
extension DocumentCleaner {
    // The title, taken from the blocks where a heading is it: the heading that repeats the title the document's
    // properties give (a web page's front matter and its first heading), when it is the first heading or alone
    // at its level; else, when none is known,
    // the first heading when it stands above the rest (the only one at its level, or the only one without a
    // number among numbered ones), or says the file's name.
    mutating func takeTitle(from blocks: inout [PandocBlock], known: String?) -> String? {
        let headings = blocks.enumerated().compactMap {
            index, block -> (index: Int, level: Int, text: String, numbered: Bool)? in
            guard case .header(let level, _, let inlines) = block else { return nil }
            let text = PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces)
            return (index, level, text, HeadingNumber.split(text).number != nil)
        }
        if let known {
            links.nameTitle(known, token: nil)
            // The first heading of the title's words (or of its first words, as "Social Networking Policy" of a
            // PDF's "Social Networking Policy – Oakfield Primary School"), when it is the first heading or alone
            // at its level: its words are the title.
            let title = InternalLinks.words(known)
            func repeats(_ heading: String) -> Bool {
                let words = InternalLinks.words(heading)
                return words == title || (words.contains(" ") && title.hasPrefix(words + " "))
            }
            if let first = headings.first(where: { repeats($0.text) }),
                first.index == headings.first?.index || headings.filter({ $0.level == first.level }).count == 1
            {
                if case .header(_, let attr, _) = blocks.remove(at: first.index) {
                    links.nameTitle(first.text, token: attr.identifier)
                }
                report.add(.titleRepeated(first.text), in: nil)
                return first.text
            }
            return known
        }
        guard let first = headings.first, first.index == 0, headings.count > 1 else { return nil }
        let peers = headings.dropFirst().filter { $0.level == first.level }
        guard peers.isEmpty || (!first.numbered && peers.allSatisfy(\.numbered)) || namesTheFile(first.text) else {
            return nil
        }
        if case .header(_, let attr, _) = blocks.removeFirst() { links.nameTitle(first.text, token: attr.identifier) }
        if let taken = report.items.firstIndex(where: { $0.item == .headingTaken(first.text, level: first.level) }) {
            report.items[taken].item = .titleTaken(first.text)
        }
        return first.text
    }

    // Whether a heading of two words or more says the words of the file's name, in order.
    func namesTheFile(_ heading: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        let said = words(heading), named = words(fileName.map { Path.name($0) } ?? "")
        guard said.count >= 2, named.count >= said.count else { return false }
        return (0...(named.count - said.count)).contains { Array(named[$0..<($0 + said.count)]) == said }
    }
}
