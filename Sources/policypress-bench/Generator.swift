import Foundation
import PolicyPressKit

/// Writes a synthetic trust: `--schools` schools of the four types, each adopting `--policies` policies of
/// `--sections` sections of policy prose with variables, type-specific blocks and lists. The same seed
/// always gives the same files.
func generate() throws {
    guard arguments.count > 1 else { throw BenchError("usage: policypress-bench generate DIR [--schools N] ...") }
    let root = URL(fileURLWithPath: arguments[1])
    let schools = option("--schools", default: 100), policies = option("--policies", default: 30)
    let sectionsPerPolicy = option("--sections", default: 8)
    var generator = SeededGenerator(state: UInt64(option("--seed", default: 1)))
    let manager = FileManager.default
    guard manager.fileExists(atPath: "Templates"), manager.fileExists(atPath: "Content/vocabulary.yml") else {
        throw BenchError(
            "run generate from the package root: it copies Templates/ and Content/vocabulary.yml from there")
    }
    // Only a trust this tool generated is replaced; any other folder is left alone.
    let marker = root.appendingPathComponent(".policypress-bench")
    if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
        guard manager.fileExists(atPath: marker.path) else {
            throw BenchError("\(arguments[1]) exists and was not made by generate; name a new folder")
        }
        try manager.removeItem(at: root)
    }
    try manager.createDirectory(at: root.appendingPathComponent("Content/policies"), withIntermediateDirectories: true)
    manager.createFile(atPath: marker.path, contents: Data("made by policypress-bench generate\n".utf8))
    try manager.copyItem(atPath: "Templates", toPath: root.appendingPathComponent("Templates").path)
    try manager.copyItem(
        atPath: "Content/vocabulary.yml", toPath: root.appendingPathComponent("Content/vocabulary.yml").path)
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }
    for policy in 1...policies {
        let id = String(format: "policy-%02d", policy)
        try write(
            "Content/policies/\(id)/policy.yml",
            """
            title: \(topics[policy % topics.count].capitalizedFirst) Policy \(policy)
            summary: How the \\(school) handles \(topics[policy % topics.count]).
            review_cycle: \(policy % 3 == 0 ? "2 years" : "12 months")
            approver: "{{ term.governing_body }}"
            statutory: \(policy % 2 == 0)
            related: [behaviour, grievance]

            """.replacingOccurrences(of: "\\(school)", with: "school"))
        for section in 1...sectionsPerPolicy {
            try write(
                String(format: "Content/policies/\(id)/%02d-section.md", section), sectionText(section, &generator))
        }
    }
    let types = ["maintained", "academy", "voluntary-aided", "trust"]
    let policyList = (1...policies).map { String(format: "  - policy-%02d", $0) }.joined(separator: "\n")
    for school in 1...schools {
        let type = types[school % types.count]
        try write(
            String(format: "Content/schools/school-%03d/school.yml", school),
            """
            name: \(names[school % names.count]) \(type == "academy" || type == "trust" ? "Academy" : "Primary School") \(school)
            type: \(type)
            local_authority: Northshire County Council
            diocese: Diocese of Westmere
            trust: Northbridge Learning Trust
            website: https://school-\(school).example
            site_url: https://school-\(school).example/policies/
            roles:
              headteacher: \(people[school % people.count])
              esafety_governor: \(people[(school * 7) % people.count])
            policy_names:
              behaviour: Behaviour Policy
              grievance: Grievance Policy
            policies:
            \(policyList)

            """)
    }
    print("Generated \(schools) schools × \(policies) policies × \(sectionsPerPolicy) sections in \(root.path)")
}

/// Writes each school's resolved editions as Markdown, one file a policy, for cmark and Hugo to render.
func export() throws {
    guard arguments.count > 2 else { throw BenchError("usage: policypress-bench export LIBRARY OUT") }
    let library = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path, out = URL(fileURLWithPath: arguments[2])
    let reader = SchoolReader(fileSystem: .local, workingDirectory: library)
    let schools = try FileManager.default.contentsOfDirectory(atPath: library + "/Content/schools").sorted()
    var count = 0
    for school in schools {
        let snapshot = try reader.snapshot(
            school: "Content/schools/" + school, library: nil, settings: ReviewSettings(today: Day(iso: "2026-11-24")!))
        let folder = out.appendingPathComponent(school)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for edition in snapshot.editions {
            try edition.markdown.write(
                to: folder.appendingPathComponent(edition.policyID + ".md"), atomically: false, encoding: .utf8)
            count += 1
        }
    }
    print("Exported \(count) editions of \(schools.count) schools to \(out.path)")
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

let topics = [
    "safeguarding", "online safety", "behaviour", "attendance", "complaints", "data protection", "equality",
    "health and safety", "charging", "curriculum", "staff conduct", "whistleblowing", "first aid", "admissions",
]
let names = [
    "Oakfield", "Riverside", "Hillcrest", "St Mary's", "Meadowbank", "Northgate", "Elmwood", "Brookside", "Ashdown",
    "Kingsway", "Fairfield", "Highcliffe",
]
let people = [
    "Mrs Priya Shah", "Mr Tom Evans", "Ms Laura Bennett", "Dr Ruth Adeyemi", "Mr Daniel O'Connor", "Mrs Helen Marsh",
    "Mr Oliver Grant", "Ms Sarah Okafor", "Mr Peter Lindqvist", "Mrs Fatima Hussain", "Mr James Whitfield",
]

let sentences = [
    "The {{ term.governing_body }} is responsible for the approval of this policy and for reviewing its effectiveness.",
    "Staff, volunteers and {{ term.governors }} representing {{ school.name }} must follow this policy at all times.",
    "The {{ term.head }}, {{ school.roles.headteacher }}, will make sure that every member of staff has read it.",
    "Concerns should be raised with the designated lead as soon as possible, and recorded on the same day.",
    "Parents and carers will be told of any incident that affects their child, unless doing so would put the child at risk.",
    "The {{ term.setting }} keeps records securely and only for as long as they are needed.",
    "Training is provided every year, and new staff receive it as part of their induction.",
    "Where this policy refers to the employer, it means {{ term.employer }}.",
    "Misuse may lead to action under the {{ school.policy_names.behaviour }} or the disciplinary procedure.",
    "A member of the {{ term.local_governing_body }}, {{ school.roles.esafety_governor }}, monitors how the policy works in practice.",
    "Pupils are taught how to keep themselves safe, in lessons and in assemblies, in a way suited to their age.",
    "Any complaint about the way this policy is applied is dealt with under the complaints procedure.",
]

func sectionText(_ number: Int, _ generator: inout SeededGenerator) -> String {
    func paragraph(_ count: Int) -> String {
        (0..<count).map { _ in sentences.randomElement(using: &generator)! }.joined(separator: " ")
    }
    var body = [paragraph(5), paragraph(4)]
    body.append((0..<4).map { _ in "- " + sentences.randomElement(using: &generator)! }.joined(separator: "\n"))
    if number % 2 == 0 {
        body.append("::: only academy, trust\n" + paragraph(3) + "\n:::")
    } else {
        body.append("::: except voluntary-aided\n" + paragraph(2) + "\n:::")
    }
    body.append(paragraph(4))
    return """
        ---
        title: \(topics[number % topics.count].capitalizedFirst) in practice \(number)
        order: \(number)
        ---
        \(body.joined(separator: "\n\n"))

        """
}
