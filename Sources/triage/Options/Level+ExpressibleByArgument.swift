public import ArgumentParser
public import TriageCore

/// Levels are read from the command line by name: `--level yellow`.
extension Level: ExpressibleByArgument {}
