package th.ita.insight.dashboard.auth;

import java.util.Set;

/**
 * An account as the rules see it (never its password hash).
 *
 * @param agencyId    the officer's agency; null for the other roles
 * @param provinces   the overseer's provinces (Thai or English names, {@code *} = all); empty = not limited by province
 * @param agencyTypes the overseer's agency types (code such as {@code sao} or label such as อบต.); empty = not limited by type
 */
public record User(String name, Role role, String agencyId, Set<String> provinces, Set<String> agencyTypes) {
    public User {
        provinces = Set.copyOf(provinces);
        agencyTypes = Set.copyOf(agencyTypes);
    }
}
