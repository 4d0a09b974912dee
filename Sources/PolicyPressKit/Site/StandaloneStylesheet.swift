/// The stylesheet a page that stands alone carries when no library gives one (`diff --from A.docx --to
/// B.docx --format html` run outside a library): readable on a phone and on paper, with the redline's marks
/// (struck-through removals, underlined additions, each in a colour with a contrast of at least 4.5:1) and the
/// screen-reader labels ("[removed: …]") hidden from sight but not from screen readers.
public enum StandaloneStylesheet {
    /// The stylesheet.
    public static let css = """
        :root { --text: #1b1b1b; --muted: #4a4a4a; --rule: #b1b4b6; --accent: #1d4f91; --focus: #ffdd00; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff; line-height: 1.6; overflow-wrap: break-word;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 0 1rem 2rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
        h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
        a { color: var(--accent); }
        a:focus { outline: 3px solid var(--focus); background: var(--focus); color: #0b0c0c; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; }
        del { text-decoration: line-through; background: #fde8e6; color: #6e1a10; }
        ins { text-decoration: underline; background: #e5f4ea; color: #0b4a22; }
        .policy-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        .policy-facts dt { font-weight: bold; }
        .policy-facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
        .diff-summary { border: 1px solid var(--rule); padding: 0 1rem; margin: 1rem 0; }
        .diff-label, .diff-source { font-style: italic; color: var(--muted); }
        .diff-marker { display: inline-block; min-width: 1.5em; }
        .diff-block.diff-added, .diff-block.diff-removed, .diff-block.diff-changed, .diff-block.diff-moved {
          border-left: 4px solid var(--rule); padding-left: 0.5rem; }
        .next-change { font-size: 0.875rem; margin-left: 0.5rem; }
        blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--rule); }
        pre { overflow-x: auto; background: #f3f2f1; padding: 0.75rem; }
        .table-region { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
        .table-region:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
        table { border-collapse: collapse; }
        th, td { vertical-align: top; text-align: left; padding: 0.375rem 0.5rem; border: 1px solid var(--rule); }
        @media (max-width: 40rem) { .policy-facts { grid-template-columns: 1fr; } }
        @media print { .next-change { display: none; } a { color: inherit; } }
        """
}
