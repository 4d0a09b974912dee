import Foundation

/// Writes a review schedule as a table for people, CSV for spreadsheets, or JSON for programs.
public enum ScheduleFormatter {
    /// The three forms.
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// The schedule in a format; dates are British in the table and `YYYY-MM-DD` in CSV and JSON.
    public static func format(_ statuses: [PolicyStatus], schoolName: String, today: Day, as format: Format) -> String {
        switch format {
        case .table: return table(statuses, schoolName: schoolName, today: today)
        case .csv: return csv(statuses)
        case .json: return json(statuses, schoolName: schoolName, today: today)
        }
    }

    static let columns = ["policy", "state", "approved on", "by", "minute", "next review", "days left"]

    // The table names a policy by its title, for people; CSV and JSON give its id as well, for programs.
    private static func cells(_ status: PolicyStatus, british: Bool) -> [String] {
        let latest = status.latest
        let show: (Day?) -> String = { day in day.map { british ? $0.british : $0.iso } ?? "" }
        return [
            status.scheduleSummary, show(latest?.approved), latest?.approvedBy ?? "", latest?.minute ?? "",
            show(latest?.nextReview), status.daysLeft.map(String.init) ?? "",
        ]
    }

    private static func table(_ statuses: [PolicyStatus], schoolName: String, today: Day) -> String {
        let rows = [columns.map { $0.uppercased() }] + statuses.map { [$0.title] + cells($0, british: true) }
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ").withoutTrailingBlanks()
        }
        let count = statuses.count
        return
            "Review schedule of \(schoolName) on \(today.british) (\(count) \(count == 1 ? "policy" : "policies"))\n\n"
            + lines.joined(separator: "\n") + "\n"
    }

    private static func csv(_ statuses: [PolicyStatus]) -> String {
        let header = [
            "policy", "title", "state", "approved_on", "approved_by", "minute", "next_review", "days_left",
            "current_edition", "approved_edition",
            "approved_document",
        ]
        let rows = statuses.map { status in
            [status.policy, status.title] + cells(status, british: false)
                + [status.current.hex, status.latest?.edition.hex ?? "", status.latest?.document ?? ""]
        }
        return ([header] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Document: Encodable {
        var school: String
        var today: String
        var policies: [Entry]
    }

    private struct Entry: Encodable {
        var policy: String
        var title: String
        var states: [String]
        var approved_on: String?
        var approved_by: String?
        var minute: String?
        var next_review: String?
        var days_left: Int?
        var current_edition: String
        var approved_edition: String?
        /// The document approved, when the last approval was of one (`approve --document`).
        var approved_document: String?

        enum CodingKeys: String, CodingKey {
            case policy, title, states, approved_on, approved_by, minute, next_review, days_left, current_edition,
                approved_edition, approved_document
        }

        // Absent values are written as null, so that every entry has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(policy, forKey: .policy)
            try container.encode(title, forKey: .title)
            try container.encode(states, forKey: .states)
            try container.encode(approved_on, forKey: .approved_on)
            try container.encode(approved_by, forKey: .approved_by)
            try container.encode(minute, forKey: .minute)
            try container.encode(next_review, forKey: .next_review)
            try container.encode(days_left, forKey: .days_left)
            try container.encode(current_edition, forKey: .current_edition)
            try container.encode(approved_edition, forKey: .approved_edition)
            try container.encode(approved_document, forKey: .approved_document)
        }
    }

    private static func json(_ statuses: [PolicyStatus], schoolName: String, today: Day) -> String {
        let entries = statuses.map { status in
            Entry(
                policy: status.policy, title: status.title, states: status.allStates.map(\.rawValue),
                approved_on: status.latest?.approved.iso, approved_by: status.latest?.approvedBy,
                minute: status.latest?.minute,
                next_review: status.latest?.nextReview.iso, days_left: status.daysLeft,
                current_edition: status.current.hex,
                approved_edition: status.latest?.edition.hex, approved_document: status.latest?.document)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(school: schoolName, today: today.iso, policies: entries))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
