import Foundation

/// What kind of document a file is, judged by its name and its first bytes before pandoc (or the PDF reader)
/// is asked to read it; and every kind PolicyPress refuses, with what to do instead.
enum ImportFormat: String, Sendable, CaseIterable {
    case docx, odt, rtf, html, markdown, rst, pdf

    /// Pandoc's name for the format.
    var reader: String {
        switch self {
        case .markdown: return "markdown"
        // The PDF reader's Markdown, which pandoc reads.
        case .pdf: return "gfm"
        default: return rawValue
        }
    }

    /// The largest file the import reads: a policy with a logo or two is well under this.
    static let largestFile = 20 * 1024 * 1024
    /// The most a Word or OpenDocument file may unpack to.
    static let largestUnpacked = 200 * 1024 * 1024
    /// The most its text part (`word/document.xml`, `content.xml`) may unpack to: several hundred pages.
    /// Pandoc took 29 s and 520 MB over 4 MB of it (31,808 paragraphs), and over 9 minutes on 15 MB.
    static let largestText = 5 * 1024 * 1024

    /// The formats, by file extension.
    static let byExtension: [String: ImportFormat] = [
        "docx": .docx, "odt": .odt, "rtf": .rtf, "html": .html, "htm": .html, "md": .markdown, "markdown": .markdown,
        "rst": .rst, "pdf": .pdf,
    ]

    /// What to do with a file of an extension that is not imported.
    static let advice: [String: String] = [
        "doc":
            "it is an old Word document (.doc): open it in Word and save it as a Word Document (.docx), then import that",
        "dot":
            "it is an old Word template (.dot): open it in Word and save it as a Word Document (.docx), then import that",
        "dotx": "it is a Word template: open it in Word and save it as a Word Document (.docx), then import that",
        "docm": "it is a Word document with macros: save it from Word as a Word Document (.docx), then import that",
        "pages": "it is a Pages document: export it from Pages as Word (.docx), then import that",
        "txt": "plain text has no headings to find sections by: if it is Markdown, rename it to .md",
        "xlsx": "it is a spreadsheet, not a policy document",
    ]

    /// A file name's extension, in small letters ("" for none).
    static func `extension`(of name: String) -> String {
        Path.name(name).split(separator: ".").count > 1
            ? String(Path.name(name).split(separator: ".").last!).lowercased() : ""
    }

    /// The format of the file `name` holding `data`, or why it cannot be imported.
    static func of(name: String, data: Data) -> Result<ImportFormat, ImportRefusal> {
        let ext = Self.extension(of: name)
        guard let format = byExtension[ext] else {
            let what =
                advice[ext]
                ?? "PolicyPress imports Word (.docx), OpenDocument (.odt), RTF, PDF, HTML, Markdown (.md) and reStructuredText (.rst) files"
            return .failure(ImportRefusal(what))
        }
        if data.isEmpty { return .failure(ImportRefusal("the file is empty (0 bytes)")) }
        if data.count > largestFile {
            let smaller =
                format == .pdf
                ? "make the PDF again without its pictures, or import the document it was made from"
                : "in Word, compress its pictures (File › Compress Pictures) or remove them, and save it again"
            return .failure(
                ImportRefusal(
                    "the file is \(megabytes(data.count)), more than a policy document needs (at most \(megabytes(largestFile))); \(smaller)"
                ))
        }
        if format == .pdf, let problem = PDFBytes.problem(in: data) { return .failure(ImportRefusal(problem)) }
        // Word writes a password-protected document (and Word 97–2003 every document) as an OLE compound file.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .failure(
                ImportRefusal(
                    "the file is password-protected, or an old Word document renamed: open it in Word, remove any password (File › Info › Protect Document), and save it as a Word Document (.docx)"
                ))
        }
        if format == .docx || format == .odt {
            if let problem = ZipDirectory.problem(
                in: data, needing: format == .docx ? "word/document.xml" : "content.xml")
            {
                return .failure(ImportRefusal(problem))
            }
        }
        return .success(format)
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// Why a file is not imported, in words that say what to do instead.
public struct ImportRefusal: Error, Equatable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

/// Judges a zip file by its central directory (the list of what it holds, at its end, read by `ZipEntries`)
/// without unpacking anything: it refuses a file that is not a zip, lacks the part a document needs, or
/// would unpack to far more than any document (a "zip bomb").
enum ZipDirectory {
    /// The names of the parts a zip holds; empty when it is not a zip this reader can read.
    static func names(in data: Data) -> [String] {
        ZipEntries.directory(of: [UInt8](data))?.map(\.name) ?? []
    }

    /// What is wrong with `data` as the zip of a document holding `part`, or nil when nothing is.
    static func problem(in data: Data, needing part: String) -> String? {
        let notZip =
            "the file is not a Word document inside (a .docx is a zip file, and this is not one, or it is damaged): open it in Word and save it again as .docx"
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let entries = ZipEntries.directory(of: [UInt8](data)),
            !entries.isEmpty
        else {
            return notZip
        }
        // 0xFFFFFFFF marks a size too large for the field: no document needs one.
        let unpacked = entries.reduce(0) { total, entry in
            entry.compressed == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF
                ? Int.max / 2 : min(Int.max / 2, total + entry.size)
        }
        if unpacked > ImportFormat.largestUnpacked {
            return
                "the file would unpack to more than \(ImportFormat.megabytes(ImportFormat.largestUnpacked)), far more than any policy document: it is damaged or made to harm, so it was not opened"
        }
        let text = entries.first { $0.name == part }
        if let text, text.size > ImportFormat.largestText {
            return
                "its text alone would be \(ImportFormat.megabytes(text.size)), far more than any policy (at most \(ImportFormat.megabytes(ImportFormat.largestText))): import the policy itself, not a collection of documents"
        }
        return text != nil
            ? nil
            : "the file is a zip, but not a document of this kind (it has no \(part)): open it in Word and save it as .docx"
    }
}
