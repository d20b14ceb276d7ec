import CMallocTuning

/// glibc gives each thread that allocates its own malloc arena (up to eight per core) and
/// keeps freed memory in each: a coding run's reader, coders and store writer then hold
/// several copies of their peak. Two arenas keep a 1,000,000-narrative store run at about
/// 85 MB peak instead of 100 MB, at the same speed (one arena costs 10% in lock waits).
enum MallocArenas {
    static func limit() {
        triage_limit_malloc_arenas(2)
    }
}
