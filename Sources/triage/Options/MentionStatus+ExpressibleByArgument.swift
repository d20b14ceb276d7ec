public import ArgumentParser
public import TriageCore

/// Mention statuses are read from the command line by name: `--status negated`.
extension MentionStatus: ExpressibleByArgument {}
