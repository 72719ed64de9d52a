package th.ita.insight.weakitems;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The reasons collected while judging one item, with their words and the largest gap seen. */
final class Findings {
    final Set<WeakReason> reasons = EnumSet.noneOf(WeakReason.class);
    final List<String> th = new ArrayList<>();
    final List<String> en = new ArrayList<>();
    double gap;

    void add(WeakReason reason, double gap, Object... args) {
        reasons.add(reason);
        th.add(reason.th(args));
        en.add(reason.en(args));
        this.gap = Math.max(this.gap, gap);
    }

    boolean any() {
        return !reasons.isEmpty();
    }
}
