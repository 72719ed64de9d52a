package th.ita.insight.analytics;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ita catalog …}: the commands for a fiscal year's catalog file that a user writes (check, new). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Catalog year files (the rules of one fiscal year: tools and weights, indicators, questions, "
                + "OIT items, grade bands; JSON, see docs/catalog.md) that an analyst writes from the NACC's manual: "
                + "start one with 'new', check it with 'check'. Loading a folder of them into a run (--catalog DIR) "
                + "is planned, not yet implemented."},
        subcommands = {CatalogCheckCommand.class, CatalogNewCommand.class})
final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: 'ita catalog check FILE…' or "
                + "'ita catalog new --year FY --from FY --out DIR' (see 'ita catalog --help')");
    }
}
