package th.ita.insight.dashboard.auth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessTest {
    private static final AgencyRef NATHON = new AgencyRef("sao-91-aaaa", "สตูล", "Satun", "sao", "อบต.");
    private static final AgencyRef NASOM = new AgencyRef("sao-16-bbbb", "ลพบุรี", "Lop Buri", "sao", "อบต.");
    private static final AgencyRef DEPT = new AgencyRef("dept-00-cccc", null, null, "department", "กรม");

    private static final User ADMIN = new User("a", Role.ADMIN, null, Set.of(), Set.of());
    private static final User SATUN = new User("o", Role.OVERSEER, null, Set.of("Satun"), Set.of());
    private static final User SAO_IN_LOPBURI = new User("o2", Role.OVERSEER, null, Set.of("ลพบุรี"), Set.of("อบต."));
    private static final User NATION = new User("o3", Role.OVERSEER, null, Set.of("*"), Set.of());
    private static final User EMPTY = new User("o4", Role.OVERSEER, null, Set.of(), Set.of());
    private static final User OFFICER = new User("f", Role.OFFICER, "sao-91-aaaa", Set.of(), Set.of());

    @Test
    void the_roles_matrix_reads_like_the_docs() {
        List<String> lines = new ArrayList<>();
        for (User u : List.of(ADMIN, SATUN, SAO_IN_LOPBURI, NATION, EMPTY, OFFICER)) {
            for (AgencyRef a : List.of(NATHON, NASOM, DEPT)) {
                lines.add(u.name() + " " + a.agencyId() + " read=" + Access.canReadPlans(u, a) + " edit=" + Access.canEditPlans(u, a));
            }
            lines.add(u.name() + " users=" + Access.canManageUsers(u) + " coverage=" + Access.canSeeCoverage(u));
        }
        assertEquals(List.of(
                "a sao-91-aaaa read=true edit=false", "a sao-16-bbbb read=true edit=false", "a dept-00-cccc read=true edit=false",
                "a users=true coverage=true",
                "o sao-91-aaaa read=true edit=false", "o sao-16-bbbb read=false edit=false", "o dept-00-cccc read=false edit=false",
                "o users=false coverage=true",
                "o2 sao-91-aaaa read=false edit=false", "o2 sao-16-bbbb read=true edit=false", "o2 dept-00-cccc read=false edit=false",
                "o2 users=false coverage=true",
                "o3 sao-91-aaaa read=true edit=false", "o3 sao-16-bbbb read=true edit=false", "o3 dept-00-cccc read=true edit=false",
                "o3 users=false coverage=true",
                "o4 sao-91-aaaa read=false edit=false", "o4 sao-16-bbbb read=false edit=false", "o4 dept-00-cccc read=false edit=false",
                "o4 users=false coverage=true",
                "f sao-91-aaaa read=true edit=true", "f sao-16-bbbb read=false edit=false", "f dept-00-cccc read=false edit=false",
                "f users=false coverage=false"), lines);
    }

    @Test
    void nobody_signed_in_may_do_anything() {
        assertEquals(false, Access.canReadPlans(null, NATHON) || Access.canEditPlans(null, NATHON) || Access.canManageUsers(null)
                || Access.canSeeCoverage(null));
    }

    @Test
    void an_account_needs_what_its_role_needs() {
        assertEquals(1, new NewAccount("user1", "officer", null, Set.of(), Set.of(), "long enough pw").problems().size());
        assertEquals(1, new NewAccount("user1", "overseer", null, Set.of(), Set.of(), "long enough pw").problems().size());
        assertEquals(1, new NewAccount("user1", "admin", null, Set.of(), Set.of(), "short").problems().size());
        assertEquals(1, new NewAccount("user 1", "admin", null, Set.of(), Set.of(), "long enough pw").problems().size());
        assertEquals(0, new NewAccount("user1", "overseer", null, Set.of("สตูล"), Set.of(), "long enough pw").problems().size());
    }
}
