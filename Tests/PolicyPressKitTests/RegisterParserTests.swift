import Testing

@testable import PolicyPressKit

@Suite struct RegisterParserTests {
    static let hash = String(repeating: "c", count: 64)

    func parse(_ yaml: String) throws(DiagnosticList) -> Register {
        let value: YAMLValue?
        do { value = try YAMLReader.read(yaml, file: "register.yml") } catch { throw DiagnosticList([error]) }
        return try RegisterParser.register(from: value, file: "register.yml")
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try parse(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsWhatTheFormatWrites() throws {
        let records = [
            ApprovalRecord(
                policy: "social-networking", edition: EditionHash(hex: Self.hash)!, approved: Day(iso: "2026-03-12")!,
                approvedBy: "Full \"Governing\" Body: 2\\3", minute: "FGB/2026/14", nextReview: Day(iso: "2027-03-12")!),
            ApprovalRecord(
                policy: "social-networking", edition: EditionHash(hex: Self.hash)!, approved: Day(iso: "2027-03-01")!,
                approvedBy: "Resources Committee", minute: nil, nextReview: Day(iso: "2028-03-01")!),
        ]
        let text =
            RegisterFormat.header(schoolName: "St Mary's: \"A\"") + records.map(RegisterFormat.text(of:)).joined()
        let register = try parse(text)
        #expect(register.records.map(\.approvedBy) == records.map(\.approvedBy))
        #expect(register.records.map(\.minute) == [Optional("FGB/2026/14"), nil])
        #expect(register.latest(for: "social-networking")?.approved.iso == "2027-03-01")
        #expect(register.records[1].location.description == "register.yml:10:3")
    }

    @Test func anEmptyRegisterHasNoRecords() throws {
        #expect(try parse("# nothing approved yet\n").records.isEmpty)
    }

    @Test func reportsEveryHandEditedMistakeWhereItIs() {
        let yaml = """
            - policy: a
              edition: \(Self.hash)
              approved: 2026-02-30
              by: FGB
              next_review: 2027-02-28
            - policy: a
              edition: 1234
              approved: 2026-03-01
              by: "  "
              next_review: 2026-01-01
              notes: added by hand
            - policy: b
              approved: 2026-05-01
              next_review: 2027-05-01
            """
        #expect(
            problems(yaml) == [
                "register.yml:3:13: error: 'approved' must be a real date written YYYY-MM-DD, but found '2026-02-30'",
                "register.yml:7:12: error: 'edition' must be the 64 hex digits of an edition's hash, as approve wrote it",
                "register.yml:9:8: error: 'by' is empty: the register must say who approved the policy",
                "register.yml:10:16: error: 'next_review' (2026-01-01) must come after 'approved' (2026-03-01)",
                "register.yml:11:3: error: unknown key 'notes'; expected one of: policy, edition, document, library, approved, by, minute, next_review",
                "register.yml:12:3: error: missing 'by'",
                "register.yml:12:3: error: missing 'edition'",
            ])
    }

    /// `library` names the library version an edition was built from; registers written before it was kept
    /// have none, and read as before.
    @Test func theLibraryVersionIsReadWhenThereAndNotNeeded() throws {
        var record = ApprovalRecord(
            policy: "a", edition: EditionHash(hex: Self.hash)!, library: "PolicyPress Example Library 2026.2",
            approved: Day(iso: "2026-03-12")!, approvedBy: "FGB", minute: nil, nextReview: Day(iso: "2027-03-12")!)
        let text = RegisterFormat.text(of: record)
        #expect(text.contains("\n  library: \"PolicyPress Example Library 2026.2\"\n"))
        #expect(try parse(text).records.first?.library == "PolicyPress Example Library 2026.2")
        record.library = nil
        #expect(!RegisterFormat.text(of: record).contains("library"))
        #expect(try parse(RegisterFormat.text(of: record)).records.first?.library == nil)
        #expect(
            problems(text.replacingOccurrences(of: "\"PolicyPress Example Library 2026.2\"", with: "\" \"")) == [
                "register.yml:3:13: error: 'library' is empty: it must name the library version the edition was built from, as approve wrote it"
            ])
        #expect(
            problems(text.replacingOccurrences(of: "  library:", with: "  libary:")) == [
                "register.yml:3:3: error: unknown key 'libary' (did you mean 'library'?)"
            ])
    }

    /// `document` names the document approved (`approve --document`); registers written before it was kept,
    /// and approvals of editions, have none, and read as before.
    @Test func theDocumentApprovedIsReadWhenThereAndNotNeeded() throws {
        var record = ApprovalRecord(
            policy: "a", edition: EditionHash(hex: Self.hash)!, document: "Online Safety Policy 2025: \"final\".docx",
            approved: Day(iso: "2025-03-12")!, approvedBy: "FGB", minute: nil, nextReview: Day(iso: "2026-03-12")!)
        let text = RegisterFormat.text(of: record)
        #expect(
            text.hasPrefix(
                "- policy: a\n  edition: \(Self.hash)\n  document: \"Online Safety Policy 2025: \\\"final\\\".docx\"\n  approved:"
            ))
        #expect(try parse(text).records.first?.document == "Online Safety Policy 2025: \"final\".docx")
        record.document = nil
        #expect(!RegisterFormat.text(of: record).contains("document"))
        #expect(try parse(RegisterFormat.text(of: record)).records.first?.document == nil)
        #expect(
            problems(text.replacingOccurrences(of: "\"Online Safety Policy 2025: \\\"final\\\".docx\"", with: "\"  \""))
                == [
                    "register.yml:3:14: error: 'document' is empty: it must name the document approved, as approve --document wrote it"
                ])
    }

    @Test func approvalsOfAPolicyMustStayInDateOrder() {
        let entry = { (date: String) in
            "- policy: a\n  edition: \(Self.hash)\n  approved: \(date)\n  by: FGB\n  next_review: 2030-01-01\n"
        }
        #expect(
            problems(entry("2026-03-12") + entry("2025-01-01")) == [
                "register.yml:6:3: error: this approval of 'a' is dated 2025-01-01, before the one above it (2026-03-12); entries must be in the order they happened"
            ])
    }

    @Test func aPolicyMustBeAPolicyID() {
        // A path here would make the kept text's file name reach outside the approved/ folder.
        #expect(
            problems(
                "- policy: ../../secrets\n  edition: \(Self.hash)\n  approved: 2026-01-01\n  by: FGB\n  next_review: 2027-01-01\n"
            ) == [
                "register.yml:1:11: error: '../../secrets' is not a policy id; expected lower case letters, digits and hyphens, like 'social-networking'"
            ])
    }

    @Test func aRegisterMustBeAList() {
        #expect(
            problems("policy: a\n") == [
                "register.yml:1:1: error: the register must be a list of approvals, each starting with '- policy:', but found a mapping"
            ])
    }
}
