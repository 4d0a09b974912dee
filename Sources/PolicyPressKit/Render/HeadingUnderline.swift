/// The one rule for underlining a heading in plain text, used by the published text edition (its title and
/// section headings, through the templates' `title_rule` and `rule`), by the headings inside a section, and
/// by the redline's text form.
enum HeadingUnderline {
    /// The line under `heading` at `level`: `=` for a title (level 1), `-` for a section (level 2), one mark a
    /// `Character` of the heading and at most `longest`; nil for lower levels, which are not underlined.
    static func line(under heading: String, level: Int, longest: Int = .max) -> String? {
        let mark: Character
        switch level {
        case 1: mark = "="
        case 2: mark = "-"
        default: return nil
        }
        return String(repeating: mark, count: min(longest, heading.count))
    }
}
