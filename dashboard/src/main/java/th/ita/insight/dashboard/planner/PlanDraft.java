package th.ita.insight.dashboard.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of a plan item, already checked by {@link PlanValidation}.
 *
 * @param questions   linked question and OIT item codes (i7, e12, o33), lower case, in the order given
 * @param evidence    http(s) links to the published evidence (OIT pages)
 * @param targetScore the score the linked items should reach, 0–100; null when not set
 */
public record PlanDraft(String title, List<String> questions, String approach, String responsible, String steps,
                        LocalDate start, LocalDate end, Double targetScore, PlanStatus status, String outcome,
                        List<String> evidence) {
    public PlanDraft {
        questions = List.copyOf(questions);
        evidence = List.copyOf(evidence);
    }
}
