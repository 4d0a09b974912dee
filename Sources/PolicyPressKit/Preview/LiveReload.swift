import Foundation

/// The few lines a preview adds to each page so that it reloads itself when the site is rebuilt.
///
/// The page knows the build it came from; it asks the server for the current build's number every
/// 0.7 seconds and reloads when that has changed. Only `serve` adds this: built sites never carry it.
public enum LiveReload {
    /// The address the page asks for the current build's number.
    public static let generationPath = "/__policypress/generation"

    /// The script, for a page from build number `generation`.
    public static func script(generation: Int) -> String {
        """
        <script>
        (function () {
          var built = "\(generation)";
          function poll(delay) {
            setTimeout(function () {
              fetch("\(generationPath)", { cache: "no-store" })
                .then(function (response) { return response.text(); })
                .then(function (now) { if (now.trim() !== built) { location.reload(); } else { poll(700); } })
                .catch(function () { poll(2000); });
            }, delay);
          }
          poll(700);
        })();
        </script>

        """
    }

    /// The page with the script added just before `</body>` (or at the end when there is none).
    public static func inject(into html: String, generation: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else {
            return html + script(generation: generation)
        }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script(generation: generation))
    }
}
