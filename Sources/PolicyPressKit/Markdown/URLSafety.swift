/// The rule cmark's safe mode applies to link targets, for writers that do not go through cmark's HTML.
enum URLSafety {
    /// True for `javascript:`, `vbscript:`, `file:` and `data:` targets other than a few image types.
    static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        let safeData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if safeData.contains(where: lowered.hasPrefix) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix)
    }
}
