import Testing

@testable import PolicyPressKit

/// The marker file a build leaves must read back as the manifest it was written from.
@Suite struct SiteManifestTests {
    @Test func readsBackWhatItWrote() {
        let hash = String(repeating: "0123456789abcdef", count: 4)
        let manifest = SiteManifest(
            hashes: ["index.html": hash, "école-st-marie/policy.txt": hash.uppercased(), "a  b.html": hash],
            inputs: ["école-st-marie": hash, ".": hash],
            names: ["école-st-marie": "École St Marie\tAnnexe", "b": "Brook  School"])
        #expect(SiteManifest(text: manifest.text) == manifest)
    }

    @Test func leavesOutANameItCouldNotReadBack() {
        let manifest = SiteManifest(names: ["tab\there": "A School", "ok": "Two\nLines", "fine": "Fine School"])
        #expect(SiteManifest(text: manifest.text).names == ["fine": "Fine School"])
    }

    @Test func ignoresLinesItDoesNotUnderstand() {
        let hash = String(repeating: "a", count: 64)
        let text = """
            # a comment with \(hash)  x
            \(hash)  kept.html
            \(String(repeating: "g", count: 64))  not-hex.html
            \(hash) one-space.html
            \(hash)  
            input \(hash)  school
            input \(String(repeating: "a", count: 63))  short
            """
        let manifest = SiteManifest(text: text)
        #expect(manifest.hashes == ["kept.html": hash])
        #expect(manifest.inputs == ["school": hash])
    }
}
