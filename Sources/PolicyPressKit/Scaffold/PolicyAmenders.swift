/// The schools of a library, and the trusts they name, whose amendments name sections of one policy: an
/// update names those whose amendment of a section that goes will have nothing under it, and gives no new
/// section a file name that an amendment already uses (which would make the amendment replace it).
struct PolicyAmenders {
    /// For each section name amended (`02-scope`), the school and trust folders amending it, sorted.
    var byName: [String: [String]] = [:]

    /// Reads the amendments folders of `policy` in every school under the library's `schools` folder, and in
    /// the trust folder each school's `school.yml` names.
    init(policy: String, project: Project, fileSystem: FileSystem) {
        var owners = Set<String>()
        for school in (try? fileSystem.list(project.schoolsFolder)) ?? [] where !school.hasPrefix(".") {
            let folder = Path.join(project.schoolsFolder, school)
            guard fileSystem.isDirectory(folder) else { continue }
            owners.insert(folder)
            let profile = Path.join(folder, "school.yml")
            if let data = try? fileSystem.read(profile),
                let trust = TrustReader.folder(inProfile: data, file: profile, bySchoolIn: folder)
            {
                owners.insert(trust)
            }
        }
        for owner in owners.sorted() {
            let amendments = AmendmentReader.folder(of: policy, inSchool: owner)
            for name in (try? fileSystem.list(amendments)) ?? [] where name.hasSuffix(".md") && !name.hasPrefix(".") {
                byName[String(name.dropLast(".md".count)), default: []].append(owner)
            }
        }
    }
}
