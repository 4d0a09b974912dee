import ArgumentParser
import PolicyPressKit

/// `policypress build`: a school's policies as a static website.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a school's policies as a website, with a plain-text copy of each policy.",
        discussion: """
            Fills in every policy the school adopts with the school's own names and
            words, and writes a site: index.html listing the policies, one web page and
            one .txt file for each policy, and style.css. All links are relative, so the
            folder works opened from disk or copied anywhere on the school's website.

            The site is written beside the output folder first and swapped in only when
            complete: if anything is wrong, every problem is listed and the previous
            site is left exactly as it was.

            Each page carries its approval from the school's register ("Approved by … on
            12 March 2026") and its next review date. A policy whose text differs from
            what was approved is marked as a draft. With --approved-only the site holds
            instead the last approved text of each policy and leaves out policies never
            approved: this is the site to publish on the school's website.

            With no school folder named, build uses the current folder if it holds
            school.yml, and otherwise the library's example school
            (Content/schools/example).

            Given a folder of school folders (such as a trust's), build makes one site
            per school in DIR/SCHOOL/ and an index of the schools, using every core. A
            school with problems keeps its last good pages and the others are still
            built (the exit status is then 1); with --fail-fast the first problem stops
            the build and nothing is published.

            With --pdf each policy also gets a PDF beside its page (POLICY.pdf), linked
            from the page and the index with its size and number of pages: A4, tagged
            for screen readers, with the approval on page one, or on a draft a marking
            on every page that it is not the approved policy, and the same words as the
            text edition. Typst sets the PDFs; --pdf needs it and nothing else does:
            install it with 'bash scripts/setup.sh --pdf'. With --pdf-engine chromium
            they are printed from the web pages by headless Chromium instead, about ten
            times slower. A PDF whose policy has not changed is not made again. With --pack as well, policy-pack.pdf holds every policy the
            site publishes, after a contents page, for a governors' meeting; the index
            links to it.

            A rebuild writes only the files whose content changed, and nothing at all
            when nothing did. At a terminal, a build of many schools shows how many are
            done; in a pipe or a CI log it prints only its result.

            Example:
              policypress build Content/schools/st-marys --output st-marys-site
              policypress build --approved-only --output to-publish
              policypress build Content/schools --output trust-site
              policypress build --approved-only --pdf --output to-publish
            """
    )

    @Argument(help: ArgumentHelp("The school folder (the one holding school.yml).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the site.", valueName: "DIR"))
    var output = "site"

    @Flag(help: "Publish the last approved text of each policy, and leave out policies never approved.")
    var approvedOnly = false

    @Flag(help: "Also write each policy as a PDF (needs Typst: bash scripts/setup.sh --pdf).")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "With --pdf: what makes the PDFs, typst (from the text edition) or chromium (from the web page).",
            valueName: "ENGINE"))
    var pdfEngine: PDFEdition.EngineName = .typst

    @Flag(help: "With --pdf: also write policy-pack.pdf, all the policies in one PDF with a contents page.")
    var pack = false

    @Flag(help: "With a folder of schools: stop at the first school with problems, publishing nothing.")
    var failFast = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func validate() throws {
        if pack && !pdf { throw ValidationError("--pack needs --pdf: the pack is a PDF of all the policies.") }
        if pdfEngine != .typst && !pdf { throw ValidationError("--pdf-engine needs --pdf.") }
    }

    func run() throws {
        let action = BuildAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let engine = pdf ? pdfEngine.engine() : nil
        defer { engine?.finish() }
        if let school, action.isSchoolsFolder(school) {
            return try buildSchools(school, action: action, engine: engine)
        }
        let progress = ProgressLine("Printing PDFs:")
        do {
            let summary = try action.build(
                school: school, library: library.library, output: output, settings: review.settings,
                approvedOnly: approvedOnly, engine: engine, pack: pack,
                printProgress: { progress.update(done: $0, total: $1) })
            progress.finish()
            Console.warn(summary.snapshot.warnings)
            let count = summary.policiesPublished
            let pdfs = pdf ? ", with a PDF of each" : ""
            Console.say(
                "Built \(count) \(count == 1 ? "policy" : "policies") for \(summary.schoolName)\(pdfs) into \(output)/ (\(summary.site.files.count + 1) files)."
            )
        } catch {
            progress.finish()
            throw Console.report(error, outcome: "nothing was published.")
        }
    }

    private func buildSchools(_ folder: String, action: BuildAction, engine: PDFEdition.Engine?) throws {
        let summary: TrustSummary
        let progress = ProgressLine("Building schools:")
        do {
            summary = try action.buildSchools(
                in: folder, library: library.library, output: output, settings: review.settings,
                approvedOnly: approvedOnly,
                engine: engine, pack: pack, failFast: failFast,
                progress: { _, done, total in progress.update(done: done, total: total) })
            progress.finish()
        } catch {
            progress.finish()
            throw Console.report(error, outcome: "nothing was published.")
        }
        let failed = summary.failed
        let problems = summary.schools.flatMap(\.problems)
        for diagnostic in DiagnosticList(Array(Set(problems))).diagnostics { Console.note(diagnostic.description) }
        let built = summary.schools.count - failed.count
        let policies = summary.schools.reduce(0) { $0 + $1.policies }
        if let outcome = summary.outcome {
            let files =
                outcome.written == 0 && outcome.removed == 0
                ? "nothing changed"
                : "\(outcome.written) \(outcome.written == 1 ? "file" : "files") written, \(outcome.unchanged) unchanged, "
                    + "\(outcome.removed) removed"
            Console.say(
                "Built \(built) of \(summary.schools.count) schools (\(policies) policies) into \(output)/: \(files).")
        }
        guard failed.isEmpty else {
            let names = failed.map { $0.name ?? $0.id }.joined(separator: ", ")
            Console.note(
                summary.outcome == nil
                    ? "\(failed.count) school(s) with problems (\(names)); with --fail-fast nothing was published."
                    : "\(failed.count) school(s) with problems kept their last good pages: \(names).")
            throw ExitCode(1)
        }
    }
}

extension PDFEdition.EngineName: ExpressibleByArgument {}
