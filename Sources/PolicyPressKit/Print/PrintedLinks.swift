import Foundation

/// The script that readies a policy page's links for its PDF, run in the page before it is printed.
///
/// A link's address is written after its words, as the text edition writes it (`PlainTextWriter`: `words
/// <address>`, nothing for a link within the page or one whose words are its address), so that the PDF
/// and the text edition hold the same words; the stylesheet's own print rule for addresses is turned off.
/// A link to another file of the site is pointed at the published site (`site_url`) when its address is
/// known, so that it works from the downloaded PDF; when it is not, the link is left as words alone,
/// rather than pointing at the folder the page was printed from. In the governors' pack, where many
/// policies share one page, each policy's names for its headings and notes are made its own
/// (`POLICY--NAME`), so that a link within a policy stays within it.
enum PrintedLinks {
    /// The script, for a site published at `base` (ending in `/`), or nil when its address is not known.
    static func script(base: String?) -> String {
        // A JSON string is a JavaScript string, whatever the address holds.
        let baseLiteral =
            base.flatMap { try? JSONSerialization.data(withJSONObject: [$0]) }.map {
                String(decoding: $0.dropFirst().dropLast(), as: UTF8.self)
            } ?? "null"
        return """
            (() => {
              const base = \(baseLiteral);
              const style = document.createElement('style');
              style.textContent = 'a::after { content: none !important; }';
              document.head.appendChild(style);
              for (const part of document.querySelectorAll('[data-pack-policy]')) {
                const own = part.dataset.packPolicy + '--';
                for (const element of part.querySelectorAll('[id]')) element.id = own + element.id;
                for (const a of part.querySelectorAll('a[href^="#"]')) a.setAttribute('href', '#' + own + a.getAttribute('href').slice(1));
                for (const element of part.querySelectorAll('[aria-labelledby]')) {
                  element.setAttribute('aria-labelledby', element.getAttribute('aria-labelledby').split(' ').map((name) => own + name).join(' '));
                }
              }
              for (const a of document.querySelectorAll('main a[href]')) {
                const url = a.getAttribute('href'), words = a.textContent;
                const shown = url !== '' && !url.startsWith('#') && words !== '' && words !== url
                  && 'mailto:' + words !== url && 'http://' + words !== url;
                if (shown) a.after(document.createTextNode(' <' + url + '>'));
                if (url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
                if (base) a.href = new URL(url, base).href; else a.removeAttribute('href');
              }
              return true;
            })()
            """
    }
}
