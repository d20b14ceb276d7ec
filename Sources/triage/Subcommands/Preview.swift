import ArgumentParser
import TriageCore
import TriageReport

extension TriageCommand {
    /// `triage preview`: one narrative in, its codes and the evidence for each out.
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
            abstract: "Code one narrative and show the evidence for each code.",
            discussion: """
                Reads the narrative from the argument, or from standard input when there is none. \
                Matches are highlighted at a terminal (NO_COLOR turns colour off).
                """)

        @Argument(help: "The narrative text (omit to read standard input).")
        var text: String?

        @Option(help: "The level box the narrative was written in: blue, green, yellow, orange or red.")
        var level: Level?

        @OptionGroup var lexiconOptions: LexiconOptions

        @Flag(help: "Print JSON: every code found, in any status, with its evidence.")
        var json = false

        func run() throws {
            let compiled = try lexiconOptions.load()
            let narrative = text ?? Console.readStandardInput()
            let coded = NarrativeCoder(compiled).code(narrative, box: level)
            if json {
                print(PreviewJSON(coded).rendered(), terminator: "")
            } else {
                let renderer = PreviewRenderer(style: ANSIStyle(enabled: Console.useColor))
                print(renderer.render(coded, text: narrative), terminator: "")
            }
        }
    }
}
