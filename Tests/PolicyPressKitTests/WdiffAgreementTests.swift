import Foundation
import Testing

/// Issue 13, part 5: `diff` marks only what changed. On the corpus of revision pairs in `Fixtures/revisions`
/// (written by `scripts/make_revisions.py`), the words the real command marks removed plus added are set
/// against what `wdiff -s` marks on the same texts; `scripts/wdiff_agreement.py` measures both, and
/// `scripts/bench.sh` prints the same table.
@Suite struct WdiffAgreementTests {
    /// One pair's figures, as the script reports them.
    struct Row: Decodable {
        var pair: String
        var status: Int?
        var oursAdded: Int?
        var oursRemoved: Int?
        var wdiffInserted: Int
        var wdiffDeleted: Int
        var sameHTML: Bool
        var error: String?

        var ours: Int? { oursAdded.flatMap { added in oursRemoved.map { added + $0 } } }
        var wdiff: Int { wdiffInserted + wdiffDeleted }
    }

    struct Measurement: Decodable {
        var pairs: [Row]
        var table: String
    }

    /// Pairs that differ from wdiff by design, with why: they stay in the corpus total but are spared the
    /// per-pair bound. None is needed yet: a move shown as moved marks fewer words than wdiff's delete and
    /// insert, never more. Add a pair here only with the reason its marking is right and wdiff's is not.
    // The moves work the other way in the total: section-moved, paragraph-moved-within-section and
    // paragraph-moved-between-sections give wdiff 368 words that a diff showing them as moved does not
    // mark, which leaves that much room for marking too much elsewhere (without those three pairs the
    // corpus stands at 1,634 against 1,770, 0.92 ×).
    static let differsByDesign: [String: String] = [:]

    static let targetOverCorpus = 1.2, targetPerPair = 2.0, perPairFloor = 20

    /// The whole corpus, measured once for every test here.
    static let measured = Result<Measurement, any Error> {
        guard let python = CommandRunner.which("python3"), CommandRunner.which("wdiff") != nil else {
            throw MeasurementFailure(message: "python3 or wdiff is missing: run scripts/setup.sh --tests")
        }
        let work = try Workspace()
        defer { work.remove() }
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/wdiff_agreement.py")
        let result = try CommandRunner.run(
            python, [script.path, "--json", "--binary", TestPaths.binary.path, "--root", work.root.path], in: work.root)
        guard result.status == 0,
            let measurement = try? JSONDecoder().decode(Measurement.self, from: Data(result.stdout.utf8))
        else {
            throw MeasurementFailure(message: "wdiff_agreement.py failed (\(result.status)): \(result.stderr)")
        }
        return measurement
    }

    struct MeasurementFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test(
        "Issue 13 part 5: marked words within 1.2 × wdiff over the corpus, 2 × on each pair where wdiff marks 20 or more"
    )
    func marksNoMoreThanWdiffAllows() throws {
        let measurement = try Self.measured.get()
        let rows = measurement.pairs
        let ours = rows.reduce(0) { $0 + ($1.ours ?? 0) }, theirs = rows.reduce(0) { $0 + $1.wdiff }
        var failures: [String] = []
        if Double(ours) > Self.targetOverCorpus * Double(theirs) {
            failures.append(
                String(
                    format: "over the corpus: %d marked against wdiff's %d (%.2f ×, target ≤ %.1f ×)",
                    ours, theirs, Double(ours) / Double(max(theirs, 1)), Self.targetOverCorpus))
        }
        for row in rows where row.wdiff >= Self.perPairFloor && Self.differsByDesign[row.pair] == nil {
            if let marked = row.ours, Double(marked) > Self.targetPerPair * Double(row.wdiff) {
                failures.append(
                    String(
                        format: "%@: %d marked against wdiff's %d (%.2f ×, target ≤ %.1f ×)",
                        row.pair, marked, row.wdiff, Double(marked) / Double(row.wdiff), Self.targetPerPair))
            }
        }
        let notes = Self.differsByDesign.sorted { $0.key < $1.key }.map { "\($0.key): by design: \($0.value)" }
        #expect(
            failures.isEmpty,
            "\(failures.joined(separator: "\n"))\n\n\(measurement.table)\n\(notes.joined(separator: "\n"))")
    }

    @Test func everyPairIsMeasured() throws {
        let rows = try Self.measured.get().pairs
        #expect(rows.count >= 20)
        for row in rows {
            #expect(row.error == nil && row.ours != nil, "\(row.pair): \(row.error ?? "no figures")")
            let about = TestPaths.fixtures.appendingPathComponent("revisions/\(row.pair)/about.txt")
            let line = try String(contentsOf: about, encoding: .utf8)
            #expect(
                line.split(separator: "\n").count == 1, "\(row.pair): about.txt says what the revision does in one line"
            )
        }
        #expect(
            Set(Self.differsByDesign.keys).isSubset(of: rows.map(\.pair)),
            "a pair listed as differing by design is missing")
    }

    /// Two files that publish the same page (the same text, or lines only broken elsewhere) exit 0 with no
    /// word marked; any other pair exits 1.
    @Test func exitsZeroExactlyWhenThePagesAreTheSame() throws {
        let rows = try Self.measured.get().pairs
        #expect(rows.first { $0.pair == "identical" }?.sameHTML == true, "the corpus keeps a pair of identical texts")
        for row in rows {
            #expect(row.status == (row.sameHTML ? 0 : 1), "\(row.pair): exit status \(row.status ?? -1)")
            if row.sameHTML { #expect(row.ours == 0, "\(row.pair): the same page, yet \(row.ours ?? -1) words marked") }
        }
    }
}
