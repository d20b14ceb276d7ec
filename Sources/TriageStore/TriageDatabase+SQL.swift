import GRDB

extension TriageDatabase {
    /// Runs a read-only SQL query and returns its rows as text (NULL as nil), for tests and
    /// diagnostics; analysts use the `sqlite3` shell or any SQLite client instead.
    func query(_ sql: String) throws(StoreError) -> [[String?]] {
        try reading { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { value in value.isNull ? nil : String(describing: value.storage.value ?? "") }
            }
        }
    }
}

extension TriageDatabase {
    /// Runs `sql` in a write transaction and calls `body` before committing, so tests can
    /// hold the write lock the way another process coding at the same time does.
    func execute(_ sql: String, thenBeforeCommit body: @Sendable () -> Void) throws(StoreError) {
        try writing { db in
            try db.execute(sql: sql)
            body()
        }
    }
}
