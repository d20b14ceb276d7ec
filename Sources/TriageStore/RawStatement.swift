import GRDB
import GRDBSQLite

/// A GRDB statement driven through SQLite's C API, for the store's per-narrative inserts
/// and look-ups: values are bound straight from Swift strings and integers, without the
/// `StatementArguments` and `DatabaseValue` boxes GRDB builds for each execution (which
/// cost more than the insert itself; measured with perf). GRDB still prepares, caches and
/// finalizes the statement.
struct RawStatement {
    private let handle: SQLiteStatement
    private let sql: String

    init(_ db: Database, sql: String) throws {
        handle = try db.cachedStatement(sql: sql).sqliteStatement
        self.sql = sql
    }

    /// Tells SQLite to copy bound text, which need then outlive the call only.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in bind(index, bytes) }
    }

    func bind(_ index: Int32, _ text: String?) {
        if let text { bind(index, text) } else { bindNull(index) }
    }

    /// Binds UTF-8 bytes as text (an empty buffer as the empty string, never NULL).
    func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(handle, index, chars, Int32(bytes.count), Self.transient)
            }
        } else {
            _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
        }
    }

    /// Binds UTF-8 bytes as text without copying them (`SQLITE_STATIC`): they must stay
    /// where they are, unchanged, until the statement has run and ``clearBindings()`` or a
    /// new binding has replaced them. An empty buffer is the empty string, never NULL.
    func bindInPlace(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return bind(index, bytes) }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            _ = sqlite3_bind_text(handle, index, chars, Int32(bytes.count), nil)
        }
    }

    /// Binds `range` of `bytes` in place (see ``bindInPlace(_:_:)``), or NULL when `range` is nil.
    func bindInPlace(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>?) {
        if let range { bindInPlace(index, UnsafeBufferPointer(rebasing: bytes[range])) } else { bindNull(index) }
    }

    /// Binds NULL to every parameter, so that none points at bytes bound in place after
    /// they are gone.
    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    func bindNull(_ index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    /// Runs a statement that returns no rows, then resets it.
    func execute() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Steps a query: true when there is a row to read with the column accessors; call
    /// ``reset()`` when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            sqlite3_reset(handle)
            throw error(code)
        }
    }

    func reset() {
        sqlite3_reset(handle)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Rows changed by the last insert, update or delete on this connection.
    var changes: Int32 { sqlite3_changes(sqlite3_db_handle(handle)) }

    /// The rowid of the last row inserted on this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(sqlite3_db_handle(handle)) }

    private func error(_ code: Int32) -> DatabaseError {
        let message = sqlite3_errmsg(sqlite3_db_handle(handle)).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
}
