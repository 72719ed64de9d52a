package th.ita.insight.dashboard.auth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.dashboard.planner.PlanStore;
import th.ita.insight.store.DuckDbStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ita user demo}: the demo's three accounts, one per role, with passwords printed in the README.
 * FOR THE DEMO ONLY: the passwords are public. The officer belongs to อบต.นาทอน (the seed o42's agency),
 * the overseer to its province สตูล.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo accounts (demo-admin, demo-overseer, demo-officer) if absent. Demo only: their passwords are public.")
final class DemoAccounts implements Callable<Integer> {
    static final String PASSWORD_SUFFIX = "-pass-2568";

    @Option(names = "--plans", required = true, paramLabel = "FILE", description = "The plans file.")
    Path plans;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The published analytics file (to find นาทอน's id).")
    Path db;

    @Override
    public Integer call() throws Exception {
        String nathon;
        try (Connection c = DuckDbStore.openReadOnly(db);
             PreparedStatement ps = c.prepareStatement("SELECT agency_id FROM agency WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน'");
             ResultSet rs = ps.executeQuery()) {
            nathon = rs.next() ? rs.getString(1) : null;
        }
        if (nathon == null) {
            System.err.println("ita user demo: " + db + " has no อบต.นาทอน: is it the sample's database?");
            return 2;
        }
        List<NewAccount> accounts = List.of(
                new NewAccount("demo-admin", "admin", null, Set.of(), Set.of(), "demo-admin" + PASSWORD_SUFFIX),
                new NewAccount("demo-overseer", "overseer", null, Set.of("สตูล"), Set.of(), "demo-overseer" + PASSWORD_SUFFIX),
                new NewAccount("demo-officer", "officer", nathon, Set.of(), Set.of(), "demo-officer" + PASSWORD_SUFFIX));
        try (PlanStore store = PlanStore.open(plans)) {
            UserRepository users = new UserRepository(store, new PasswordHasher());
            for (NewAccount a : accounts) {
                if (users.find(a.name()) == null) {
                    users.add("demo", a);
                }
                System.out.println("demo account (demo only): " + a.name() + " / " + a.password());
            }
        }
        return 0;
    }
}
