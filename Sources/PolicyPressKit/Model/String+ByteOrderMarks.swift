extension String {
    /// The text without byte order marks (U+FEFF). They are invisible, and cmark and YAML readers drop one at
    /// the start of a document or value, so a profile value or register entry keeps them nowhere.
    var withoutByteOrderMarks: String {
        unicodeScalars.contains("\u{FEFF}") ? String(unicodeScalars.filter { $0 != "\u{FEFF}" }) : self
    }
}
