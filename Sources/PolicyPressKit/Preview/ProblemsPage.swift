/// The page a preview shows in place of the site while the school's files have problems.
public enum ProblemsPage {
    /// A page listing every problem with its `file:line:column`, escaped, that reloads when they are fixed.
    public static func html(problems: [Diagnostic], generation: Int) -> String {
        let items = problems.map { problem in
            "<li><code>\(HTML.escape(problem.location.description))</code>: \(problem.severity.rawValue): \(HTML.escape(problem.message))</li>"
        }
        let count = problems.filter { $0.severity == .error }.count
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Problems to fix – PolicyPress preview</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
            li{margin:.5rem 0}code{background:#f3f3f3;padding:0 .2rem;overflow-wrap:anywhere}h1{color:#8a1c1c}</style>
            </head>
            <body>
            <main>
            <h1>\(count) \(count == 1 ? "problem" : "problems") to fix</h1>
            <p>The preview is showing this instead of the site. Fix the files below and save: this page reloads by itself.</p>
            <ul>
            \(items.joined(separator: "\n"))
            </ul>
            </main>
            \(LiveReload.script(generation: generation))</body>
            </html>

            """
    }
}
