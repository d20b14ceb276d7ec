/// A trie over word symbols whose terminal nodes carry payload ids: the compiled form of
/// a list of phrases (terms, triggers or level cues).
///
/// The root and nodes with many children keep a dense row of children indexed by symbol;
/// other nodes keep a short sorted edge list. Finding the longest phrase at a position
/// costs the phrase's length, not the number of phrases.
struct PhraseTrie: Sendable {
    /// Children from which a node gets a dense row, and the most dense entries in all.
    static let denseChildren = 8
    static let denseBudget = 1 << 20
    private var payloadStart: [Int32] = [0]
    private var payloads: [Int32] = []

    /// The same arrays, frozen into memory read through pointers by the hot functions (no
    /// bounds checks or reference counting per step of a walk).
    private var frozen = Frozen()

    /// A phrase to insert: its symbols and the payload id it carries.
    struct Entry {
        var symbols: [Int32]
        var payload: Int32
    }

    /// Builds the trie from `entries` over a symbol space of `symbolCount` symbols.
    init(entries: [Entry], symbolCount: Int32) {
        // Build with dictionaries, then freeze into flat arrays.
        var children: [[Int32: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        for entry in entries where !entry.symbols.isEmpty {
            var node: Int32 = 0
            for symbol in entry.symbols {
                if let next = children[Int(node)][symbol] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terminal.append([])
                    children[Int(node)][symbol] = next
                    node = next
                }
            }
            if !terminal[Int(node)].contains(entry.payload) { terminal[Int(node)].append(entry.payload) }
        }
        // Nodes with a dense row: `dense[denseRow[node] + symbol]`; `denseRow[node]` is -1 for the others.
        var dense: [Int32] = []
        var denseRow = [Int32](repeating: -1, count: children.count)
        var edgeStart: [Int32] = [0]
        var edgeSymbols: [Int32] = []
        var edgeTargets: [Int32] = []
        let width = Int(max(symbolCount, 1))
        for node in children.indices where node == 0 || children[node].count >= Self.denseChildren {
            guard node == 0 || dense.count + width <= Self.denseBudget else { continue }
            denseRow[node] = Int32(dense.count)
            let row = dense.count
            dense.append(contentsOf: repeatElement(-1, count: width))
            for (symbol, child) in children[node] { dense[row + Int(symbol)] = child }
        }
        edgeStart.reserveCapacity(children.count + 1)
        for node in children.indices {
            if denseRow[node] < 0 {
                for (symbol, child) in children[node].sorted(by: { $0.key < $1.key }) {
                    edgeSymbols.append(symbol)
                    edgeTargets.append(child)
                }
            }
            edgeStart.append(Int32(edgeSymbols.count))
            payloads.append(contentsOf: terminal[node])
            payloadStart.append(Int32(payloads.count))
        }
        frozen = Frozen(dense: dense, denseRow: denseRow, edgeStart: edgeStart, edgeSymbols: edgeSymbols,
                        edgeTargets: edgeTargets, payloadStart: payloadStart)
    }

    /// Immutable copies of the trie's arrays, freed with the last trie that shares them.
    /// `@unchecked Sendable`: written once in `init`, only read after.
    final class Frozen: @unchecked Sendable {
        let dense: UnsafeMutablePointer<Int32>
        let denseRow: UnsafeMutablePointer<Int32>
        let edgeStart: UnsafeMutablePointer<Int32>
        let edgeSymbols: UnsafeMutablePointer<Int32>
        let edgeTargets: UnsafeMutablePointer<Int32>
        let payloadStart: UnsafeMutablePointer<Int32>

        convenience init() {
            self.init(dense: [], denseRow: [], edgeStart: [0], edgeSymbols: [], edgeTargets: [], payloadStart: [0, 0])
        }

        init(dense: [Int32], denseRow: [Int32], edgeStart: [Int32], edgeSymbols: [Int32], edgeTargets: [Int32],
             payloadStart: [Int32]) {
            func copy(_ array: [Int32]) -> UnsafeMutablePointer<Int32> {
                let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(array.count, 1))
                pointer.initialize(from: array, count: array.count)
                return pointer
            }
            self.dense = copy(dense)
            self.denseRow = copy(denseRow)
            self.edgeStart = copy(edgeStart)
            self.edgeSymbols = copy(edgeSymbols)
            self.edgeTargets = copy(edgeTargets)
            self.payloadStart = copy(payloadStart)
        }

        deinit {
            dense.deallocate()
            denseRow.deallocate()
            edgeStart.deallocate()
            edgeSymbols.deallocate()
            edgeTargets.deallocate()
            payloadStart.deallocate()
        }

        /// The child of `node` along `symbol`, or -1.
        @inline(__always)
        func child(of node: Int32, symbol: Int32) -> Int32 {
            let row = denseRow[Int(node)]
            if row >= 0 { return dense[Int(row) + Int(symbol)] }
            var low = Int(edgeStart[Int(node)])
            var high = Int(edgeStart[Int(node) + 1])
            while low < high {
                let mid = (low + high) >> 1
                let s = edgeSymbols[mid]
                if s == symbol { return edgeTargets[mid] }
                if s < symbol { low = mid + 1 } else { high = mid }
            }
            return -1
        }

        /// True when some phrase ends at `node`.
        @inline(__always)
        func isTerminal(_ node: Int32) -> Bool {
            payloadStart[Int(node) + 1] > payloadStart[Int(node)]
        }
    }

    /// The frozen arrays, for the phrase scans.
    var view: Frozen { frozen }

    /// The payload ids of the phrases that end at `node`.
    @inline(__always)
    func payloads(at node: Int32) -> ArraySlice<Int32> {
        payloads[Int(payloadStart[Int(node)])..<Int(payloadStart[Int(node) + 1])]
    }
}
