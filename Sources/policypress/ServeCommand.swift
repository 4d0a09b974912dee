import ArgumentParser
import Foundation
import PolicyPressKit

/// `policypress serve`: a preview of a school's site that follows every edit.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a school's site in your browser, rebuilt as you edit.",
        discussion: """
            Builds the school's site into a temporary folder and serves it at
            http://127.0.0.1:PORT/ (this computer only). Whenever a file the site is
            made from changes (the school's profile or register, or any of the library's
            policies, vocabulary or templates), the site is built again and open pages
            reload themselves. While something is wrong, every page shows the problems,
            each with its file, line and column, and so does the terminal.

            Given a folder of school folders (such as a trust's), serve previews
            them all, as build makes them, with an index of the schools.

            Nothing is published: to make the site for the school's website, use
            policypress build --approved-only. Stop the preview with Ctrl-C.

            Examples:
              policypress serve Content/schools/example
              policypress serve --port 8080 --approved-only
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The school folder, or a folder of schools (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "PORT"))
    var port: Int = 8000

    @Flag(help: "Preview the site as --approved-only builds it.")
    var approvedOnly = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("'--port' must be between 0 and 65535.") }
    }

    func run() async throws {
        // A folder that is not a school (a typo, say) ends it here; a school with problems is served, showing them.
        let action = BuildAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        if !(school.map(action.isSchoolsFolder) ?? false) {
            do { _ = try action.reader.locate(school: school, library: library.library) } catch {
                throw Console.report(error, outcome: "nothing to preview.")
            }
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("policypress-preview-\(getpid())")
        try? FileManager.default.removeItem(at: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let preview = PreviewSite(
            action: action, school: school,
            library: library.library, settings: review.settings, approvedOnly: approvedOnly,
            folder: scratch.appendingPathComponent("site").path)
        report(preview.refresh())

        let started: PreviewServer.Running
        do {
            started = try await PreviewServer(preview: preview, port: UInt16(port)).start()
        } catch {
            Console.note(
                "error: cannot listen on 127.0.0.1:\(port) (\(PreviewServer.describe(error))); is another preview running? Try another --port."
            )
            throw ExitCode(1)
        }
        let name = preview.state.schoolName.map { " of \($0)" } ?? ""
        Console.say("Previewing the site\(name) at http://127.0.0.1:\(started.port)/ (Ctrl-C to stop).")
        Stop.onInterrupt { try? FileManager.default.removeItem(at: scratch) }

        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 400_000_000)
            let changed = await Task.detached { preview.refresh() }.value
            report(changed)
        }
        await started.stop()
    }

    private func report(_ state: PreviewSite.State?) {
        guard let state else { return }
        let time = Self.clock()
        if state.problems.isEmpty {
            if state.generation > 1 { Console.say("\(time) Rebuilt: the pages in your browser reload by themselves.") }
        } else {
            for problem in state.problems { Console.note(problem.description) }
            let count = state.problems.filter { $0.severity == .error }.count
            Console.note(
                "\(time) \(count) \(count == 1 ? "problem" : "problems"): the pages show them until they are fixed.")
        }
    }

    private static func clock() -> String {
        let seconds = Int(Date().timeIntervalSince1970) + TimeZone.current.secondsFromGMT()
        let day = seconds % 86_400
        return String(format: "%02d:%02d:%02d", day / 3600, day / 60 % 60, day % 60)
    }
}

/// Ctrl-C (or a kill): tidy up, then leave.
enum Stop {
    nonisolated(unsafe) private static var action: (() -> Void)?
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func onInterrupt(_ body: @escaping () -> Void) {
        action = body
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                action?()
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
    }
}
