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
        // Nodes with a dense row: `dense[row + symbol]`; the others keep their edges sorted.
        var dense: [Int32] = []
        var denseRow = [Int32](repeating: -1, count: children.count)
        let width = Int(max(symbolCount, 1))
        for node in children.indices where node == 0 || children[node].count >= Self.denseChildren {
            guard node == 0 || dense.count + width <= Self.denseBudget else { continue }
            denseRow[node] = Int32(dense.count)
            let row = dense.count
            dense.append(contentsOf: repeatElement(-1, count: width))
            for (symbol, child) in children[node] { dense[row + Int(symbol)] = child }
        }
        var nodes: [UInt64] = []
        var edges: [UInt64] = []
        nodes.reserveCapacity(children.count)
        for node in children.indices {
            let isTerminal = !terminal[node].isEmpty
            if denseRow[node] >= 0 {
                nodes.append(Frozen.nodeInfo(start: Int(denseRow[node]), count: 0, dense: true, terminal: isTerminal))
            } else {
                let start = edges.count
                for (symbol, child) in children[node].sorted(by: { $0.key < $1.key }) {
                    edges.append(UInt64(UInt32(bitPattern: symbol)) | UInt64(UInt32(bitPattern: child)) << 32)
                }
                nodes.append(Frozen.nodeInfo(start: start, count: edges.count - start, dense: false, terminal: isTerminal))
            }
            payloads.append(contentsOf: terminal[node])
            payloadStart.append(Int32(payloads.count))
        }
        frozen = Frozen(nodes: nodes, edges: edges, dense: dense)
    }

    /// Immutable copies of the trie's arrays, freed with the last trie that shares them.
    /// `@unchecked Sendable`: written once in `init`, only read after.
    ///
    /// Laid out so that a step of a walk touches as few cache lines as a lexicon of
    /// thousands of phrases allows: each node is one word (where its children are, how
    /// many, whether a phrase ends there) and each edge one word (its symbol and target).
    final class Frozen: @unchecked Sendable {
        /// Per node: bits 0–31 the first edge (or the dense row), bits 32–61 the number
        /// of edges, bit 62 set for a dense row, bit 63 set when some phrase ends there.
        let nodes: UnsafeMutablePointer<UInt64>
        /// Per edge: the symbol in bits 0–31, the child in bits 32–63; a node's edges are
        /// sorted by symbol.
        let edges: UnsafeMutablePointer<UInt64>
        /// Dense rows: the child along each symbol, or -1.
        let dense: UnsafeMutablePointer<Int32>

        static let denseFlag: UInt64 = 1 << 62
        static let terminalFlag: UInt64 = 1 << 63

        static func nodeInfo(start: Int, count: Int, dense: Bool, terminal: Bool) -> UInt64 {
            UInt64(UInt32(truncatingIfNeeded: start)) | UInt64(count) << 32
                | (dense ? denseFlag : 0) | (terminal ? terminalFlag : 0)
        }

        convenience init() {
            self.init(nodes: [Frozen.nodeInfo(start: 0, count: 0, dense: false, terminal: false)], edges: [], dense: [])
        }

        init(nodes: [UInt64], edges: [UInt64], dense: [Int32]) {
            func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
                let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
                pointer.initialize(from: array, count: array.count)
                return pointer
            }
            self.nodes = copy(nodes)
            self.edges = copy(edges)
            self.dense = copy(dense)
        }

        deinit {
            nodes.deallocate()
            edges.deallocate()
            dense.deallocate()
        }

        /// The child of `node` along `symbol`, or -1.
        @inline(__always)
        func child(of node: Int32, symbol: Int32) -> Int32 {
            let info = nodes[Int(node)]
            let start = Int(UInt32(truncatingIfNeeded: info))
            if info & Frozen.denseFlag != 0 { return dense[start + Int(symbol)] }
            var low = start
            var high = start + Int((info >> 32) & 0x3FFF_FFFF)
            let key = UInt32(bitPattern: symbol)
            while low < high {
                let mid = (low + high) >> 1
                let edge = edges[mid]
                let s = UInt32(truncatingIfNeeded: edge)
                if s == key { return Int32(truncatingIfNeeded: edge >> 32) }
                if s < key { low = mid + 1 } else { high = mid }
            }
            return -1
        }

        /// True when some phrase ends at `node`.
        @inline(__always)
        func isTerminal(_ node: Int32) -> Bool {
            nodes[Int(node)] & Frozen.terminalFlag != 0
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
