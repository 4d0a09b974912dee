import Foundation
import PropertyBased
import Testing

@testable import PolicyPressKit

/// Registers written by `approve`, one approval at a time, whatever the approvers' names, minutes and the
/// names of approved documents hold: each append keeps every byte before it, and reading the register gives
/// back exactly the approvals (names, minutes and documents as `approve` records them: trimmed, without byte
/// order marks).
@Suite struct RegisterPropertyTests {
    struct Approval: Sendable {
        var policy: String
        var edition: EditionHash
        var approved: Day
        var by: String
        var minute: String?
        var document: String?
        var nextReview: Day
    }

    static func approvals() -> Generator<[Approval], some SendableSequenceType> {
        let hex = Gen<Character?>.element(of: Array("0123456789abcdef")).map { $0! }.string(of: 64)
        let one = zip(
            Gen<String?>.element(of: ["social-networking", "online-safety", "a"]).map { $0! }, hex,
            Gen.int(in: 0...800),
            Generators.hostileString(0...30), Generators.hostileString(0...20).optional, Gen.int(in: 1...36),
            Generators.hostileString(0...20).optional)
        return one.array(of: 0...8).map { entries in
            var day = Day(year: 2019, month: 1, day: 1)!
            return entries.map { policy, hex, gap, by, minute, months, document in
                day = Day(daysSinceEpoch: day.daysSinceEpoch + gap)
                return Approval(
                    policy: policy, edition: EditionHash(hex: hex)!, approved: day,
                    by: RegisterFormat.recordable("Board " + by),
                    minute: minute.map(RegisterFormat.recordable),
                    document: document.map { RegisterFormat.recordable("Policy " + $0 + ".docx") },
                    nextReview: day.adding(months: months))
            }
        }
    }

    @Test func readsBackExactlyWhatWasAppended() async {
        await propertyCheck(count: Generators.count(300), input: Self.approvals()) { approvals in
            let files = MemoryFileSystem()
            let writer = RegisterWriter(fileSystem: files.fileSystem)
            var before = ""
            for approval in approvals {
                let record = ApprovalRecord(
                    policy: approval.policy, edition: approval.edition, document: approval.document,
                    approved: approval.approved,
                    approvedBy: approval.by, minute: approval.minute, nextReview: approval.nextReview)
                do {
                    try writer.append(
                        record, text: "# Kept\n", schoolFolder: "/school", schoolName: "Oakfield \"Primary\" #1")
                } catch {
                    Issue.record("append failed: \(error)")
                    return
                }
                let after = files.text("/school/register.yml") ?? ""
                #expect(after.hasPrefix(before), "an append changed what was already there")
                before = after
            }
            do {
                let value = try YAMLReader.read(before, file: "register.yml")
                let records = try RegisterParser.register(from: value, file: "register.yml").records
                #expect(records.map(\.policy) == approvals.map(\.policy))
                #expect(records.map(\.edition) == approvals.map(\.edition))
                #expect(records.map(\.approved) == approvals.map(\.approved))
                #expect(records.map(\.approvedBy) == approvals.map(\.by))
                #expect(records.map(\.minute) == approvals.map(\.minute))
                #expect(records.map(\.document) == approvals.map(\.document))
                #expect(records.map(\.nextReview) == approvals.map(\.nextReview))
                // Each record points at its own "- policy:" line, for messages.
                let starts = before.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.element.hasPrefix("- policy:") }.map { $0.offset + 1 }
                #expect(records.map(\.location.line) == starts)
            } catch {
                Issue.record("the register does not read back: \(error) in \(before.debugDescription)")
            }
        }
    }
}
