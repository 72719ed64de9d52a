package th.ita.insight.dashboard.auth;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.dashboard.planner.PlanStore;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ita user add}: creates an account in the plans file. The password is read from the terminal
 * (asked twice, not echoed) or from standard input, never from the command line, where other users
 * of the machine could read it in the process list.
 */
@Command(name = "user", mixinStandardHelpOptions = true, version = "ITA Insight 0.1",
        description = "Manage planner accounts in the plans file (the server must not be running on it: "
                + "while it runs, add accounts on its /admin/users page).",
        subcommands = {UserCli.Add.class, DemoAccounts.class})
public final class UserCli implements Callable<Integer> {
    public static void main(String[] args) {
        System.exit(new CommandLine(new UserCli()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an account. The password comes from the terminal prompt or one line of standard input.",
                    "Example: ./ita user add --plans var/plans.duckdb --name somchai --role officer --agency sao-91-1a2b3c4d"})
    static final class Add implements Callable<Integer> {
        @Option(names = "--plans", required = true, paramLabel = "FILE", description = "The plans file (created when absent).")
        Path plans;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Account name: 3–64 letters, digits, . _ @ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, overseer or officer")
        String role;

        @Option(names = "--agency", paramLabel = "ID", description = "The officer's agency id (as in the dashboard's URLs).")
        String agency;

        @Option(names = "--provinces", split = ",", paramLabel = "P", description = "The overseer's provinces (Thai or English; * = all).")
        List<String> provinces = List.of();

        @Option(names = "--types", split = ",", paramLabel = "T", description = "The overseer's agency types (sao, อบต. …).")
        List<String> types = List.of();

        @Override
        public Integer call() throws Exception {
            String password = readPassword();
            NewAccount account = new NewAccount(name, role, agency, clean(provinces), clean(types), password);
            List<String[]> problems = account.problems();
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println("ita user add: " + p[1] + " (" + p[0] + ")"));
                return 2;
            }
            try (PlanStore store = PlanStore.open(plans)) {
                new UserRepository(store, new PasswordHasher()).add("cli:" + System.getProperty("user.name", "?"), account);
            } catch (th.ita.insight.dashboard.web.Conflict e) {
                System.err.println("ita user add: " + e.getMessage());
                return 2;
            }
            System.out.println("added " + account.user().role().code() + " '" + name + "' to " + plans.toAbsolutePath());
            return 0;
        }

        private static Set<String> clean(List<String> values) {
            Set<String> out = new LinkedHashSet<>();
            values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            return out;
        }
    }

    static String readPassword() throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password (รหัสผ่าน, at least %d characters): ", PasswordHasher.MIN_LENGTH);
            char[] again = console.readPassword("Again (อีกครั้ง): ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new CommandLine.ParameterException(new CommandLine(new UserCli()), "the two passwords differ");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }
}
