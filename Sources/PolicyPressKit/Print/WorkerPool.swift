import Foundation

/// Up to `limit` workers of one kind (browsers, Typst processes), each started the first time it is needed
/// and kept for the rest of the build; a caller on any thread borrows one, waiting while all are busy.
final class WorkerPool<Worker: AnyObject>: @unchecked Sendable {
    private let limit: Int
    private let start: () throws -> Worker
    private let stop: (Worker) -> Void
    private let condition = NSCondition()
    private var idle: [Worker] = []
    private var started = 0
    private var all: [Worker] = []
    private var usedCount = 0

    /// A pool of at most `limit` workers made by `start` and ended by `stop`.
    init(limit: Int, start: @escaping () throws -> Worker, stop: @escaping (Worker) -> Void) {
        self.limit = max(1, limit)
        self.start = start
        self.stop = stop
    }

    /// How many times a worker has been lent.
    var used: Int { condition.withLock { usedCount } }

    /// `body` run with a free worker, started if none is free and fewer than `limit` are.
    func with<Value, Failure: Error>(_ failure: (Error) -> Failure, _ body: (Worker) throws(Failure) -> Value) throws(Failure) -> Value {
        let worker: Worker
        do {
            worker = try borrow()
        } catch {
            throw failure(error)
        }
        defer { giveBack(worker) }
        return try body(worker)
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

    private func borrow() throws -> Worker {
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

/// The results of jobs done on several threads, each in its place; the first failure stops the rest.
final class JobResults<Value, Failure: Error>: @unchecked Sendable {
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
