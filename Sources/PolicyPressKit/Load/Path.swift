import Foundation

/// Small helpers for the string paths the tool prints: joined with `/`, shown relative to the working folder.
enum Path {
    /// `a/b`, without doubling the slash.
    static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty || base == "." { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    /// The last part of a path (`example` for `Content/schools/example/`).
    static func name(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
    }

    /// The absolute, standardised form of a path.
    static func absolute(_ path: String, from directory: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: join(directory, path))
        return url.standardizedFileURL.path
    }

    /// The folder holding a path.
    static func parent(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
    }

    /// `absolute` as the user would type it from `directory`: relative when it lies below it.
    static func display(_ absolute: String, from directory: String) -> String {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        if absolute == directory { return "." }
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
    }

    /// The relative path from `directory` to `target` (both absolute), with `..` where it must climb.
    static func relative(_ target: String, from directory: String) -> String {
        let to = target.split(separator: "/"), from = directory.split(separator: "/")
        let common = zip(to, from).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to.dropFirst(common).map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
