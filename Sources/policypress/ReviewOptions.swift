import ArgumentParser
import Foundation
import PolicyPressKit

/// `--today` and `--window`: the day reviews are judged by, and how far ahead a review counts as due.
struct ReviewOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The day to judge reviews by (default: SOURCE_DATE_EPOCH if set, else today's date).",
            valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("How many days ahead a review counts as due.", valueName: "DAYS"))
    var window = 60

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("'--today \(today)' is not a real date; write it as YYYY-MM-DD, such as 2026-03-12.")
        }
        if window < 0 { throw ValidationError("'--window' must be 0 or more days.") }
        if today == nil, let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], Int(epoch) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, but it is '\(epoch)'.")
        }
    }

    /// The settings for the kit: `--today`, else SOURCE_DATE_EPOCH, else the clock's local date.
    var settings: ReviewSettings {
        ReviewSettings(
            today: Self.day(option: today, environment: ProcessInfo.processInfo.environment, now: Date()),
            window: window)
    }

    static func day(option: String?, environment: [String: String], now: Date) -> Day {
        if let option, let day = Day(iso: option) { return day }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return Day(daysSinceEpoch: Int((Double(epoch) / 86_400).rounded(.down)))
        }
        let local = Int(now.timeIntervalSince1970) + TimeZone.current.secondsFromGMT(for: now)
        return Day(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }
}
