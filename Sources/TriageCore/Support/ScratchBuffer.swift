/// A growable buffer of plain values that keeps its memory from one narrative to the
/// next: the coder's per-narrative lists live in these, so coding a narrative allocates
/// nothing once the buffers have grown to fit.
///
/// A value type holding a pointer: its owner (``CodingScratch``) frees it. Only for
/// trivial element types.
struct ScratchBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        base[count] = element
        count += 1
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Makes room for `total` elements, keeping the first ``count``.
    @inline(__always)
    mutating func reserve(_ total: Int) {
        if total > capacity { grow(to: total) }
    }

    /// Sets ``count`` to `total`, growing first; new elements are left as they are (callers write them).
    @inline(__always)
    mutating func resize(_ total: Int) {
        reserve(total)
        count = total
    }

    var isEmpty: Bool { count == 0 }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    private mutating func grow(to total: Int) {
        let newCapacity = max(total, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
