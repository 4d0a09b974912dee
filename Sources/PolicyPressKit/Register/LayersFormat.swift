import Foundation

/// How the layers kept with an approved edition (`ApprovalLayers`) lie in `approved/POLICY/EDITION.layers/`,
/// shaped like the folders they come from: `school.yml` and `amendments/` (the school's), `trust/trust.yml`
/// and `trust/amendments/` (the trust's), and `model.sha256`, the model policy's fingerprint.
enum LayersFormat {
    static let schoolProfile = "school.yml"
    static let trustFolder = "trust"
    static let trustProfile = "trust/trust.yml"
    static let amendments = "amendments"
    static let model = "model.sha256"

    /// Every file of the folder, by its path in it.
    static func files(of layers: ApprovalLayers) -> [String: Data] {
        var files = [schoolProfile: layers.school.profile, model: Data((layers.model + "\n").utf8)]
        for (name, data) in layers.school.amendments { files[amendments + "/" + name] = data }
        if let trust = layers.trust {
            files[trustProfile] = trust.profile
            for (name, data) in trust.amendments { files[trustFolder + "/" + amendments + "/" + name] = data }
        }
        return files
    }

    /// The fingerprint in `model.sha256`, or nil when it is not 64 hex digits.
    static func fingerprint(from data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return EditionHash(hex: text)?.hex
    }
}
