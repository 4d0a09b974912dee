/// The lines that mark a conflict that `amend --update` could not merge, as git marks one: the school's
/// wording after `<<<<<<<`, the new wording underneath after `=======`, and `>>>>>>>` to close.
public enum ConflictMarkers {
    /// Starts a conflict, followed by the words saying whose wording comes first.
    public static let start = "<<<<<<<"
    /// Separates the two wordings.
    public static let middle = "======="
    /// Ends a conflict, followed by the words saying whose wording came second.
    public static let end = ">>>>>>>"

    /// The lines (from 1) that start or end a conflict in `text`. `=======` alone is not looked for: on
    /// its own, it underlines a Markdown heading.
    public static func lines(in text: String) -> [Int] {
        var found: [Int] = []
        for (index, line) in text.lineSlices.enumerated() where line.hasPrefix(start) || line.hasPrefix(end) {
            found.append(index + 1)
        }
        return found
    }
}
