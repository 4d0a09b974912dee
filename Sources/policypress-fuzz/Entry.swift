import Foundation

#if FUZZING
    // Built with -sanitize=fuzzer (scripts/fuzz.sh): libFuzzer calls this with each input it makes.
    let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "resolver"

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    // SwiftPM names an executable's entry point after its module; libFuzzer's driver takes over from there.
    @_cdecl("policypress_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { bytes, size in
            FuzzTargets.run(fuzzTarget, bytes.map { Data(bytes: $0, count: size) } ?? Data())
            return 0
        }
    }
#else
    /// Built normally: replays saved inputs through a target, to reproduce what the fuzzer found.
    ///     policypress-fuzz TARGET FILE...
    @main
    struct Replay {
        static func main() throws {
            let arguments = CommandLine.arguments.dropFirst()
            guard let target = arguments.first else {
                print(
                    "usage: policypress-fuzz TARGET FILE...  (targets: front-matter, resolver, text-writer, register, diff)"
                )
                return
            }
            for file in arguments.dropFirst() {
                FuzzTargets.run(target, try Data(contentsOf: URL(fileURLWithPath: file)))
            }
            print("\(arguments.count - 1) inputs through \(target): no crash")
        }
    }
#endif
