import Foundation
import Testing

/// Only `site_url` says where the policies live: the school's `website` is its home page, and the policies
/// are uploaded into a folder of it, so the website never stands in for canonical links or the sitemap.
@Suite struct SiteURLTests {
    static let profile = "Content/schools/example/school.yml"
    static let siteURL = "site_url: https://oakfield-primary.example/policies/\n"
    static let warning =
        "warning: no site_url, so pages have no canonical links and there is no sitemap.xml; add 'site_url: https://…/policies/' (the address the policies will be uploaded to)\n"
    static let build = ["build", "Content/schools/example", "--output", "site", "--today", "2026-11-24"]

    @Test func withOnlyAWebsiteThereAreNoCanonicalLinksAndNoSitemap() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.edit(Self.profile, replacing: Self.siteURL, with: "")

        let check = try work.run(["check", "Content/schools/example"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr == "Content/schools/example/school.yml:6:1: " + Self.warning)
        #expect(check.stdout.contains("Oakfield Primary School, 1 policy: no problems, 1 warning."), "\(check.stdout)")

        let build = try work.run(Self.build)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "Content/schools/example/school.yml:6:1: " + Self.warning)
        #expect(!work.exists("site/sitemap.xml"))
        for page in ["index.html", "social-networking.html", "accessibility.html"] {
            let html = try #require(work.read("site/" + page))
            #expect(!html.contains("rel=\"canonical\""), "\(page)")
            #expect(
                html.contains("<a href=\"https://oakfield-primary.example\">"),
                "\(page) still links the school's website")
        }
    }

    @Test func withNeitherTheWarningIsAtTheTopOfTheProfile() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.edit(Self.profile, replacing: Self.siteURL, with: "")
        try work.edit(Self.profile, replacing: "website: https://oakfield-primary.example\n", with: "")
        let check = try work.run(["check", "Content/schools/example"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr == "Content/schools/example/school.yml:1:1: " + Self.warning)
    }

    @Test func inABuildOfManySchoolsTheWarningFailsNoSchool() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        try work.edit(
            "Content/schools/riverside/school.yml",
            replacing: "site_url: https://riverside.northbridge-trust.example/policies/\n",
            with: "")
        let build = try work.run(TrustBuildTests.build + ["--fail-fast"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "Content/schools/riverside/school.yml:4:1: " + Self.warning)
        #expect(build.stdout.hasPrefix("Built 4 of 4 schools (4 policies) into trust/:"))
        #expect(work.read("trust/index.html")?.contains("not rebuilt") == false)
        #expect(!work.exists("trust/riverside/sitemap.xml") && work.exists("trust/example/sitemap.xml"))
    }

    @Test func siteURLGivesCanonicalLinksAndASitemapWithoutAWarning() throws {
        let work = try Workspace()
        defer { work.remove() }
        let build = try work.run(Self.build)
        #expect(build.status == 0)
        #expect(build.stderr.isEmpty, "\(build.stderr)")
        #expect(
            work.read("site/social-networking.html")?.contains(
                "<link rel=\"canonical\" href=\"https://oakfield-primary.example/policies/social-networking.html\">")
                == true)
        #expect(
            work.read("site/sitemap.xml")?.contains(
                "<loc>https://oakfield-primary.example/policies/accessibility.html</loc>") == true)
    }
}
