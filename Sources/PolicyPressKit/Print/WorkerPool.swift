import Foundation

/// Up to `limit` workers of one kind (browsers, Typst processes), each started the first time it is needed
/// and kept for the rest of the build, that do a list of jobs on all cores: each job borrows a free worker,
/// waiting while all are busy.
final class WorkerPool<Worker: AnyObject, Failure: Error>: @unchecked Sendable {
    private let limit: Int
    private let start: () throws(Failure) -> Worker
    private let stop: (Worker) -> Void
    private let condition = NSCondition()
    private var idle: [Worker] = []
    private var started = 0
    private var all: [Worker] = []
    private var usedCount = 0

    /// A pool of at most `limit` workers made by `start` and ended by `stop`.
    init(limit: Int, start: @escaping () throws(Failure) -> Worker, stop: @escaping (Worker) -> Void) {
        self.limit = max(1, limit)
        self.start = start
        self.stop = stop
    }

    /// How many jobs the workers have done (or tried to).
    var used: Int { condition.withLock { usedCount } }

    /// What `job` gives for each of `count` jobs, in order, done at once by the workers; `progress` hears of
    /// each as it is done. The first failure stops the jobs not yet begun and is thrown; `stopped` is thrown
    /// for a job left undone should no failure be found.
    func perform<Value>(
        _ count: Int, stopped: Failure, progress: @Sendable (Int, Int) -> Void,
        _ job: @Sendable (Worker, Int) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        let results = JobResults<Value, Failure>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            guard !results.failed else { return }
            let outcome = Result { () throws(Failure) -> Value in
                let worker = try borrow()
                defer { giveBack(worker) }
                return try job(worker, index)
            }
            progress(results.set(index, outcome), count)
        }
        return try results.all(stopped: stopped)
    }

    /// Ends every worker.
    func finish() {
        let workers = condition.withLock {
            let workers = all
            all = []
            idle = []
            return workers
        }
        workers.forEach(stop)
    }

    private func borrow() throws(Failure) -> Worker {
        condition.lock()
        while idle.isEmpty && started >= limit { condition.wait() }
        if let worker = idle.popLast() {
            condition.unlock()
            return worker
        }
        started += 1
        condition.unlock()
        do {
            let worker = try start()
            condition.withLock { all.append(worker) }
            return worker
        } catch {
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ worker: Worker) {
        condition.lock()
        usedCount += 1
        idle.append(worker)
        condition.signal()
        condition.unlock()
    }
}

/// The results of jobs done on several threads, each in its place.
private final class JobResults<Value, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Value, Failure>?]
    private var done = 0

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// Whether a job has failed.
    var failed: Bool {
        lock.withLock { results.contains { if case .failure = $0 { true } else { false } } }
    }

    /// Records job `index`'s result, and gives how many are done.
    func set(_ index: Int, _ result: Result<Value, Failure>) -> Int {
        lock.withLock {
            results[index] = result
            done += 1
            return done
        }
    }

    /// Every job's value in order, or the first failure; `stopped` for a job left undone after one failed.
    func all(stopped: Failure) throws(Failure) -> [Value] {
        let results = lock.withLock { self.results }
        var values: [Value] = []
        for result in results {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let failure): throw failure
            case nil: throw stopped
            }
        }
        return values
    }
}
