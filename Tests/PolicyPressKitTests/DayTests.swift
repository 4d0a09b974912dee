import Testing

@testable import PolicyPressKit

@Suite struct DayTests {
    @Test(arguments: [
        "2026-02-30", "2025-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-3-1",
        "26-03-01", "2026/03/01", "2026-03-01 ", "", "twelfth", "２０２６-03-01",
    ])
    func refusesWhatIsNotARealDate(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: [("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("2026-12-31", 2026, 12, 31)])
    func readsRealDates(text: String, year: Int, month: Int, day: Int) {
        #expect(Day(iso: text) == Day(year: year, month: month, day: day))
        #expect(Day(iso: text)?.iso == text)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-08-31", 6, "2027-02-28"),
        ("2024-02-29", 12, "2025-02-28"), ("2024-02-29", 48, "2028-02-29"), ("2026-03-12", 12, "2027-03-12"),
        ("2026-03-31", 1, "2026-04-30"), ("2026-11-30", 3, "2027-02-28"), ("2026-12-15", 1, "2027-01-15"),
        ("2026-05-31", 24, "2028-05-31"),
    ])
    func addsMonthsKeepingToTheEndOfShortMonths(start: String, months: Int, expected: String) {
        #expect(Day(iso: start)!.adding(months: months).iso == expected)
    }

    @Test func countsDaysAcrossMonthsYearsAndLeapDays() {
        let day = Day(iso: "2024-02-28")!
        #expect(day.days(until: Day(iso: "2024-03-01")!) == 2)
        #expect(day.days(until: Day(iso: "2025-02-28")!) == 366)
        #expect(Day(iso: "2026-11-24")!.days(until: Day(iso: "2026-11-20")!) == -4)
        #expect(Day(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day(iso: "2026-11-24")!.daysSinceEpoch == 20_781)
    }

    @Test func everyDayOfFourHundredYearsRoundTrips() {
        var previous = Day(iso: "1999-12-31")!
        for days in previous.daysSinceEpoch + 1...Day(iso: "2400-01-01")!.daysSinceEpoch {
            let day = Day(daysSinceEpoch: days)
            #expect(day.daysSinceEpoch == days)
            #expect(previous < day)
            #expect(Day(iso: day.iso) == day)
            previous = day
        }
    }

    @Test func printsTheBritishWay() {
        #expect(Day(iso: "2026-03-12")!.british == "12 March 2026")
        #expect(Day(iso: "2027-03-01")!.monthAndYear == "March 2027")
        #expect(Day(iso: "2026-12-05")!.british == "5 December 2026")
    }
}

@Suite struct PolicyStatusTests {
    static let current = EditionHash(hex: String(repeating: "a", count: 64))!
    static let older = EditionHash(hex: String(repeating: "b", count: 64))!

    func status(
        approvedEdition: EditionHash? = current, nextReview: String = "2027-03-12", today: String, window: Int = 60
    ) -> PolicyStatus {
        let record = approvedEdition.map {
            ApprovalRecord(
                policy: "p", edition: $0, approved: Day(iso: "2026-03-12")!, approvedBy: "FGB", minute: nil,
                nextReview: Day(iso: nextReview)!)
        }
        return PolicyStatus(
            policy: "p", title: "P", current: Self.current, latest: record, today: Day(iso: today)!, window: window)
    }

    @Test(arguments: [
        ("2026-11-24", [PolicyStatus.State.approved], 108),
        ("2027-01-10", [.reviewDue], 61),
        ("2027-01-11", [.reviewDue], 60),
        ("2027-03-12", [.reviewDue], 0),
        ("2027-03-13", [.overdue], -1),
    ])
    func judgesReviewsByTheDayAndTheWindow(today: String, states: [PolicyStatus.State], daysLeft: Int) {
        let result = status(today: today)
        #expect(result.daysLeft == daysLeft)
        if daysLeft == 61 {
            #expect(result.states == [.approved])
        } else {
            #expect(result.states == states)
        }
    }

    @Test func aWiderWindowMakesAReviewDueSooner() {
        #expect(status(today: "2026-11-24", window: 120).states == [.reviewDue])
        #expect(status(today: "2026-11-24", window: 0).states == [.approved])
    }

    @Test func neverApproved() {
        let result = status(approvedEdition: nil, today: "2026-11-24")
        #expect(result.states == [.neverApproved])
        #expect(result.daysLeft == nil)
        #expect(result.isDraft)
    }

    @Test func changedSinceApprovalIsADraftAndCanBeOverdueToo() {
        #expect(status(approvedEdition: Self.older, today: "2026-11-24").states == [.changed])
        let both = status(approvedEdition: Self.older, today: "2027-04-01")
        #expect(both.states == [.overdue, .changed])
        #expect(both.summary == "overdue; changed since approval")
        #expect(both.isDraft)
        #expect(!status(today: "2027-04-01").isDraft)
    }

    /// "model updated since approval" and "amended" are told to the clerk beside the states; only the
    /// edition's hash makes a draft, and the site shows the states alone.
    @Test func aModelUpdatedOrAnAmendedPolicyIsNoDraftByThat() {
        let record = ApprovalRecord(
            policy: "p", edition: Self.current, approved: Day(iso: "2026-03-12")!, approvedBy: "FGB", minute: nil,
            nextReview: Day(iso: "2027-03-12")!)
        let today = Day(iso: "2026-11-24")!
        let same = PolicyStatus(
            policy: "p", title: "P", current: Self.current, latest: record, today: today, window: 60,
            modelUpdated: true, amended: true)
        #expect(same.states == [.approved] && same.notes == [.modelUpdated, .amended])
        #expect(!same.isDraft)
        #expect(same.summary == "approved")
        #expect(same.scheduleSummary == "approved; model updated since approval; amended")
        var older = record
        older.edition = Self.older
        let changed = PolicyStatus(
            policy: "p", title: "P", current: Self.current, latest: older, today: today, window: 60, modelUpdated: true)
        #expect(changed.isDraft && changed.allStates == [.changed, .modelUpdated])
        // Never approved: nothing to have been updated since, but it can be amended.
        let never = PolicyStatus(
            policy: "p", title: "P", current: Self.current, latest: nil, today: today, window: 60, modelUpdated: true,
            amended: true)
        #expect(never.allStates == [.neverApproved, .amended] && never.isDraft)
    }
}
