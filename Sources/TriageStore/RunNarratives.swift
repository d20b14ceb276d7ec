/// Where a run's narratives are: the `narratives` rows it stored first, whose keys are
/// `(run_id << 32) | position` (one key range per run), and its `run_references` rows for
/// content an earlier run stored. The SQL here reads both by key, never by scanning.
enum RunNarratives {
    /// Positions in a run are below 2³², the low half of a key.
    static let positionLimit = 1 << 32

    /// The `narratives.id` a run gives the narrative it stores first at `position`.
    static func key(run: Int64, position: Int) -> Int64 {
        run << 32 | Int64(position)
    }

    /// The rows of the run that `run` (an SQL expression: a parameter or a subquery) names,
    /// with the columns of the `run_narratives` view: `run_id`, `position`, `narrative_id`
    /// (the `narratives.id` key), `source`, `line`, `issues`.
    static func rows(run: String) -> String {
        """
        SELECT id >> 32 AS run_id, id & 4294967295 AS position, id AS narrative_id, source, line, issues
        FROM narratives WHERE id BETWEEN (\(run)) << 32 AND ((\(run)) << 32) | 4294967295
        UNION ALL
        SELECT run_id, position, narrative_key, source, line, issues FROM run_references WHERE run_id = (\(run))
        """
    }

    /// Rows of run `:run` with a position in `(:after, :last]` (`:last` below
    /// ``positionLimit``, so the range stays in this run's keys), in position order, at most
    /// `:limit`; each branch reads only its key range.
    static let page = """
        SELECT * FROM (
            SELECT id & 4294967295 AS position, id AS narrative_key, source, line, issues FROM narratives
            WHERE id > (:run << 32) + :after AND id <= (:run << 32) + :last ORDER BY id LIMIT :limit)
        UNION ALL
        SELECT * FROM (
            SELECT position, narrative_key, source, line, issues FROM run_references
            WHERE run_id = :run AND position > :after AND position <= :last ORDER BY position LIMIT :limit)
        ORDER BY position LIMIT :limit
        """
}
