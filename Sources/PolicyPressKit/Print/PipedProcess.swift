import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A helper program started once and talked to over a pair of sockets, which it reads on its file
/// descriptor 3 and writes on 4; its own output and errors go nowhere. Sockets rather than pipes, so that a
/// write to a helper that has stopped fails instead of raising SIGPIPE. The printers' one way of running a
/// program.
final class PipedProcess {
    /// Why the helper could not be started, written to or read.
    struct Failure: Error {
        var description: String
    }

    private let process: pid_t
    private let toHelper: Int32
    private let fromHelper: Int32
    private var closed = false

    /// Starts `arguments[0]`, found on the PATH, with `arguments`; `environment` is added to this process's.
    init(_ arguments: [String], environment: [String: String] = [:]) throws(Failure) {
        var ours: [Int32] = [0, 0], theirs: [Int32] = [0, 0]
        // Close-on-exec from the start, so that a helper started meanwhile on another thread holds no end of these.
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &ours) == 0, socketpair(AF_UNIX, type, 0, &theirs) == 0 else {
            throw Failure(description: "no pipe to '\(arguments[0])' could be made")
        }
        // The helper's ends go to 3 and 4; copies above 4 first, so that no move overwrites the other.
        let helperIn = fcntl(ours[1], F_DUPFD_CLOEXEC, 10), helperOut = fcntl(theirs[1], F_DUPFD_CLOEXEC, 10)
        close(ours[1])
        close(theirs[1])
        toHelper = ours[0]
        fromHelper = theirs[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, helperIn, 3)
        posix_spawn_file_actions_adddup2(&actions, helperOut, 4)
        for output: Int32 in [1, 2] { posix_spawn_file_actions_addopen(&actions, output, "/dev/null", O_WRONLY, 0) }
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        let envp = variables.map { strdup("\($0)=\($1)") } + [nil]
        defer { envp.forEach { free($0) } }
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        close(helperIn)
        close(helperOut)
        guard status == 0 else {
            close(toHelper)
            close(fromHelper)
            throw Failure(description: "'\(arguments[0])' could not be started (\(String(cString: strerror(status))))")
        }
        process = pid
    }

    deinit { finish(within: 0) }

    /// Writes all of `data`; false if the helper has stopped.
    func write(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.send(
                    toHelper, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
    }

    /// What one read gives.
    enum Reading {
        case bytes([UInt8])
        /// The helper has stopped and closed its end.
        case ended
        case timedOut
    }

    /// What the helper has written since the last read, waiting until `deadline` for something.
    func read(before deadline: Date) throws(Failure) -> Reading {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return .timedOut }
            var poller = pollfd(fd: fromHelper, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready < 0, errno == EINTR { continue }
            guard ready >= 0 else {
                throw Failure(description: "the pipe could not be read (\(String(cString: strerror(errno))))")
            }
            if ready == 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let count = Glibc.read(fromHelper, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            return count > 0 ? .bytes(Array(buffer[0..<count])) : .ended
        }
    }

    /// Closes the helper's input and waits up to `seconds` for it to end, then stops it.
    func finish(within seconds: Double) {
        guard !closed else { return }
        closed = true
        close(toHelper)
        var status: Int32 = 0
        var waited = 0.0
        while waited < seconds {
            if waitpid(process, &status, WNOHANG) == process { break }
            usleep(20_000)
            waited += 0.02
        }
        if waitpid(process, &status, WNOHANG) == 0 {
            kill(process, SIGKILL)
            waitpid(process, &status, 0)
        }
        close(fromHelper)
    }
}
