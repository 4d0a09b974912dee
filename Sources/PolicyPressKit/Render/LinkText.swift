/// How a link reads in the editions without live links of their own, the text edition and the PDF: its
/// words, its address, or both. One rule, so that the PDF's words are the text edition's.
enum LinkText: Equatable {
    /// The words alone: an in-page link points at a heading of these same words.
    case words
    /// The address alone, written as the reader saw it.
    case address(String)
    /// The words, then the address.
    case wordsAndAddress(String)

    /// How a link to `url` whose words are `text` reads.
    init(text: String, url: String) {
        if url.isEmpty || (url.hasPrefix("#") && !text.isEmpty) {
            self = .words
        } else if text.isEmpty || text == url {
            self = .address(url)
        } else if "mailto:" + text == url || "http://" + text == url {
            // An email or `www.` autolink shows the address as written, without the `mailto:` or `http://`
            // cmark-gfm adds.
            self = .address(text)
        } else {
            self = .wordsAndAddress(url)
        }
    }

    /// An image's words where the image cannot be shown: `Image: ALT <URL>`.
    static func image(alt: String, url: String) -> String {
        let caption = alt.isEmpty ? "Image:" : "Image: \(alt)"
        return url.isEmpty ? caption : "\(caption) <\(url)>"
    }
}
