package th.ita.insight.dashboard.auth;

import th.ita.insight.dashboard.planner.AuditLog;
import th.ita.insight.dashboard.planner.PlanStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Accounts in the plans file: create (audited), look up, and check a password. */
public final class UserRepository {
    private final PlanStore store;
    private final PasswordHasher hasher;

    public UserRepository(PlanStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** Adds an account; the caller has validated it ({@link NewAccount#problems()}). */
    public User add(String actor, NewAccount account) throws SQLException {
        User user = account.user();
        String hash = hasher.hash(account.password());
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user VALUES (?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
                ps.setString(1, user.name());
                ps.setString(2, hash);
                ps.setString(3, user.role().code());
                ps.setString(4, user.agencyId());
                ps.setString(5, String.join(",", user.provinces()));
                ps.setString(6, String.join(",", user.agencyTypes()));
                ps.setString(7, actor);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (exists(c, user.name())) {
                    throw new th.ita.insight.dashboard.web.Conflict("มีบัญชีชื่อ '" + user.name() + "' อยู่แล้ว",
                            "an account named '" + user.name() + "' exists already");
                }
                throw e;
            }
            AuditLog.record(c, actor, "user.create", "user", user.name(), user.agencyId(), null, describe(user));
            return user;
        });
    }

    /** The account if the password is right; empty otherwise (also for an unknown name, in the same time). */
    public java.util.Optional<User> authenticate(String name, String password) throws SQLException {
        String[] found = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[]{rs.getString(1)} : null;
                }
            }
        });
        if (!hasher.matches(password, found == null ? null : found[0]) || found == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(find(name));
    }

    public User find(String name) throws SQLException {
        List<User> users = query("SELECT name, role, agency_id, provinces, agency_types FROM app_user WHERE name = ?", name);
        return users.isEmpty() ? null : users.get(0);
    }

    public List<User> all() throws SQLException {
        return query("SELECT name, role, agency_id, provinces, agency_types FROM app_user ORDER BY role, name");
    }

    public static Map<String, Object> describe(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("role", u.role().code());
        m.put("agency_id", u.agencyId());
        m.put("provinces", List.copyOf(new java.util.TreeSet<>(u.provinces())));
        m.put("agency_types", List.copyOf(new java.util.TreeSet<>(u.agencyTypes())));
        return m;
    }

    private List<User> query(String sql, Object... params) throws SQLException {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<User> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new User(rs.getString(1), Role.parse(rs.getString(2)).orElseThrow(), rs.getString(3),
                                split(rs.getString(4)), split(rs.getString(5))));
                    }
                }
                return out;
            }
        });
    }

    private static boolean exists(java.sql.Connection c, String name) throws SQLException {
        c.rollback();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Set<String> split(String list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
