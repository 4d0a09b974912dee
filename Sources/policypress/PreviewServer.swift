import FlyingFox
import FlyingSocks
import Foundation
import PolicyPressKit

/// Serves a preview's folder on the loopback address with FlyingFox: the only file that talks HTTP.
///
/// Pages get the live-reload script; while the school's files have problems, every page is the list of
/// problems instead of a stale page.
struct PreviewServer {
    let preview: PreviewSite
    let port: UInt16

    /// A server listening, and the port it listens on.
    struct Running {
        let server: HTTPServer
        let task: Task<Void, any Error>
        let port: UInt16

        func stop() async {
            await server.stop()
            task.cancel()
        }
    }

    /// Starts listening on 127.0.0.1.
    func start() async throws -> Running {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let preview = self.preview
        await server.appendRoute(HTTPRoute("GET " + LiveReload.generationPath)) { _ in
            Self.response(.ok, type: "text/plain; charset=utf-8", Data("\(preview.state.generation)".utf8))
        }
        await server.appendRoute("GET *") { request in Self.page(request.path, preview: preview) }
        // The server reports a port it cannot have by ending: watch for that as well as for it listening.
        let failure = FailureBox()
        let task = Task {
            do { try await server.run() } catch {
                failure.error = error
                throw error
            }
        }
        for _ in 0..<500 where await !server.isListening {
            if let error = failure.error { throw error }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        if let error = failure.error { throw error }
        guard case .ip4(_, let listening) = await server.listeningAddress else {
            return Running(server: server, task: task, port: port)
        }
        return Running(server: server, task: task, port: listening)
    }

    /// A server error in words: the system's message when there is one.
    static func describe(_ error: any Error) -> String {
        if case .failed(_, _, let message) = error as? SocketError { return message }
        return "\(error)"
    }

    static func page(_ requested: String, preview: PreviewSite) -> HTTPResponse {
        let state = preview.state
        var path = requested.removingPercentEncoding ?? requested
        if path.hasSuffix("/") { path += "index.html" }
        let parts = path.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return notFound(requested) }
        let file = preview.folder + "/" + parts.joined(separator: "/")
        let isPage = path.hasSuffix(".html")
        if isPage, !state.problems.isEmpty {
            return response(
                .internalServerError, type: "text/html; charset=utf-8",
                Data(ProblemsPage.html(problems: state.problems, generation: state.generation).utf8))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            return HTTPResponse(
                statusCode: .movedPermanently, headers: HTTPHeaders([.location: requested + "/"]), body: Data())
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(requested) }
        if isPage {
            let html = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: state.generation)
            return response(.ok, type: "text/html; charset=utf-8", Data(html.utf8))
        }
        return response(.ok, type: contentType(of: path), data)
    }

    static func notFound(_ path: String) -> HTTPResponse {
        response(.notFound, type: "text/plain; charset=utf-8", Data("Not found: \(path)\n".utf8))
    }

    static func response(_ status: HTTPStatusCode, type: String, _ body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last {
        case "css": return "text/css; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "xml": return "application/xml"
        case "png": return "image/png"
        case "svg": return "image/svg+xml"
        default: return "application/octet-stream"
        }
    }
}

/// The error a server's task ended with, read from another task.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
