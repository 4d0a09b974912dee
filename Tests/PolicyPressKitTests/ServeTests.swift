import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `serve` started as a clerk starts it, on a free loopback port: pages are served, an edit is seen
/// without restarting, a broken edit shows its problem in the page, and fixing it brings the page back.
@Suite(.serialized) struct ServeTests {
    /// A running `policypress serve` and where it listens.
    final class Server {
        let process: Process
        let output: URL
        var base: URL!

        private init(in workspace: Workspace, arguments: [String]) throws {
            output = workspace.url("serve.out")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process = try CommandRunner.launch(
                TestPaths.binary,
                ["serve", "--port", "0"] + arguments, in: workspace.root, output: try FileHandle(forWritingTo: output),
                errors: try FileHandle(forWritingTo: workspace.url("serve.err").creatingEmpty()))
        }

        /// Starts `serve` in the workspace and waits until it says where it listens.
        static func start(in workspace: Workspace, arguments: [String] = []) async throws -> Server {
            let server = try Server(in: workspace, arguments: arguments)
            server.base = try await ServeTests.wait(for: "the server to start") { () -> URL? in
                let text = (try? String(contentsOf: server.output, encoding: .utf8)) ?? ""
                guard let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) else {
                    return nil
                }
                return URL(string: String(text[range]))
            }
            return server
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        func get(_ path: String) async throws -> (status: Int, body: String, type: String) {
            let (data, response) = try await URLSession.shared.data(from: URL(string: path, relativeTo: base)!)
            let http = response as! HTTPURLResponse
            return (
                http.statusCode, String(decoding: data, as: UTF8.self),
                http.value(forHTTPHeaderField: "Content-Type") ?? ""
            )
        }
    }

    /// Polls `body` every 0.1 s for up to 20 s until it gives a value.
    static func wait<T>(for what: String, _ body: () async throws -> T?) async throws -> T {
        for _ in 0..<200 {
            if let value = try await body() { return value }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "gave up waiting: \(what)"])
    }

    static let section = "Content/policies/social-networking/03-governors.md"

    @Test func servesFollowsEditsAndShowsProblemsInThePage() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = try await Server.start(in: workspace)
        defer { server.stop() }

        let index = try await server.get("/")
        #expect(index.status == 200)
        #expect(index.type == "text/html; charset=utf-8")
        #expect(index.body.contains("Oakfield Primary School"))
        #expect(index.body.contains("/__policypress/generation"), "pages carry the live-reload script")
        let css = try await server.get("/style.css")
        #expect(css.status == 200 && css.type.hasPrefix("text/css"))
        #expect(try await server.get("/social-networking.txt").type == "text/plain; charset=utf-8")
        #expect(try await server.get("/../../etc/passwd").status == 404)
        #expect(try await server.get("/nothing-here.html").status == 404)
        let first = try await server.get("/__policypress/generation").body

        // An edit is served without restarting, and the generation moves on so open pages reload.
        try workspace.edit(Self.section, replacing: "will work via", with: "will work closely via")
        let edited = try await Self.wait(for: "the edit to be served") { () -> String? in
            let page = try await server.get("/social-networking.html").body
            return page.contains("will work closely via") ? page : nil
        }
        #expect(edited.contains("Ms Laura Bennett"))
        #expect(try await server.get("/__policypress/generation").body != first)

        // A broken edit: every page shows the problem with its place, instead of a stale page.
        try workspace.edit(
            Self.section, replacing: "{{ school.roles.esafety_governor }}", with: "{{ school.roles.esafety_govenor }}")
        let broken = try await Self.wait(for: "the problem to be shown") { () -> (Int, String)? in
            let page = try await server.get("/social-networking.html")
            return page.status == 500 ? (page.status, page.body) : nil
        }
        #expect(broken.1.contains("<code>Content/policies/social-networking/03-governors.md:6:"))
        #expect(broken.1.contains("unknown variable &#39;school.roles.esafety_govenor&#39;"))
        #expect(try await server.get("/").status == 500)
        #expect(try await server.get("/style.css").status == 200, "the stylesheet is still served")

        // Fixed: the pages come back, with the fix.
        try workspace.edit(
            Self.section, replacing: "{{ school.roles.esafety_govenor }}", with: "{{ school.roles.headteacher }}")
        let fixed = try await Self.wait(for: "the fixed page") { () -> String? in
            let page = try await server.get("/social-networking.html")
            return page.status == 200 ? page.body : nil
        }
        #expect(fixed.contains("Mrs Priya Shah"))
        let terminal = try String(contentsOf: workspace.url("serve.err"), encoding: .utf8)
        #expect(terminal.contains("Content/policies/social-networking/03-governors.md:6:"))
        #expect(!workspace.exists("site"), "serve publishes nothing")
    }

    /// In headless Chromium: an open page reloads itself after an edit, with the new text.
    @Test func anOpenPageReloadsItselfInABrowser() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = try await Server.start(in: workspace)
        defer { server.stop() }
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/check_live_reload.py")
        let page = URL(string: "/social-networking.html", relativeTo: server.base)!.absoluteString
        let result = try CommandRunner.run(
            BrowserChecksTests.python,
            [script.path, page, workspace.url(Self.section).path, "will work via", "will work hand in hand via"],
            in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("reloaded by itself with the new text"))
    }

    @Test func aFolderThatIsNotASchoolIsRefusedAtOnce() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["serve", "Content/schools/oakfeild", "--port", "0"])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("Content/schools/oakfeild: error: not a school folder: there is no such folder"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aSecondServerOnTheSamePortSaysSo() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = try await Server.start(in: workspace)
        defer { server.stop() }
        let port = server.base.port!
        let second = try CommandRunner.policypress(["serve", "--port", "\(port)"], in: workspace.root)
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(port)"))
    }
}

extension URL {
    /// Makes an empty file here and returns its URL.
    fileprivate func creatingEmpty() -> URL {
        FileManager.default.createFile(atPath: path, contents: nil)
        return self
    }
}
