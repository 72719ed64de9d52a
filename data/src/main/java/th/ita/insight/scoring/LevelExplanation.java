package th.ita.insight.scoring;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why a total is at its grade level and what the next level up needs, for the one line shown wherever a
 * level is shown ("ผ่านดี: ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95").
 *
 * @param level            the level reached (with unknown tool scores and tool-dependent levels above:
 *                         what the total alone decides, e.g. "ผ่านขึ้นไป (85+)")
 * @param total            the total as published (2 decimals)
 * @param levelMinimum     the reached band's minimum total
 * @param levelMinEachTool the reached band's minimum for every tool; null when it looks at the total only
 * @param next             the next level up; null at the top, and when the tool scores are unknown and
 *                         the levels above differ only in them (see {@code undecided})
 * @param shortfalls       what keeps the total from {@code next}: the total first, then tools in
 *                         IIT, EIT, OIT order; empty when {@code next} is null
 * @param undecided        levels above that the total reaches but whose tool condition cannot be checked
 *                         because the tool scores are unknown, lowest first; empty otherwise
 */
public record LevelExplanation(GradeBand.Level level, double total, double levelMinimum, Double levelMinEachTool,
                               GradeBand.Level next, List<Shortfall> shortfalls, List<GradeBand.Level> undecided) {

    /**
     * Every-tool minimums backed by a published NACC case. FY2568: สำนักงานการตรวจเงินแผ่นดิน scored 94.64
     * and was cut from ผ่านดี to ผ่าน because its EIT was below 85. The ≥ 95 rule of ผ่านดีเยี่ยม comes
     * from one university's code only (DESIGN §9.5), so any other bound is "one source" until confirmed.
     */
    static final Set<Double> CONFIRMED_EACH_TOOL_MINIMUMS = Set.of(85.0);

    /** Where the line is printed: pages may name an unconfirmed rule; documents give figures only. */
    public enum Form { PAGE, DOCUMENT }

    /**
     * One figure below one bound of the next level.
     *
     * @param tool       null for the total
     * @param singleSource true when the bound is an every-tool minimum not yet confirmed by the NACC
     */
    public record Shortfall(Tool tool, double score, double bound, boolean singleSource) {
        public boolean isTotal() {
            return tool == null;
        }
    }

    public LevelExplanation {
        shortfalls = List.copyOf(shortfalls);
        undecided = List.copyOf(undecided);
    }

    /**
     * Explains a total in a year's bands (in priority order, as {@code catalog_grade_band} lists them).
     *
     * @param toolScores may be empty or partial: then the level is what the total alone decides
     * @return empty for years without bands (FY2558–FY2561) or a total no band covers
     */
    public static Optional<LevelExplanation> of(List<GradeBand> bands, double total, Map<Tool, Double> toolScores) {
        Optional<Grade> grade = Grader.grade(bands, total, toolScores);
        if (grade.isEmpty()) {
            return Optional.empty();
        }
        int at = reachedIndex(bands, grade.get().code());
        if (at < 0) {
            return Optional.empty();
        }
        GradeBand reached = bands.get(at);
        boolean toolsKnown = toolScores.keySet().containsAll(List.of(Tool.values()));
        List<GradeBand.Level> undecided = new ArrayList<>();
        if (!toolsKnown) {
            for (int i = at - 1; i >= 0; i--) {
                GradeBand above = bands.get(i);
                if (!above.looksAtTotalOnly() && above.coversTotal(total)) {
                    undecided.add(levelOf(above));
                }
            }
        }
        if (!undecided.isEmpty()) {
            return Optional.of(new LevelExplanation(orBetter(reached), total, reached.min(), reached.minEachTool(),
                    null, List.of(), undecided));
        }
        GradeBand next = at == 0 ? null : bands.get(at - 1);
        List<Shortfall> shortfalls = next == null ? List.of() : shortfalls(next, total, toolScores);
        return Optional.of(new LevelExplanation(levelOf(reached), total, reached.min(), reached.minEachTool(),
                next == null ? null : levelOf(next), shortfalls, List.of()));
    }

    /** The next level up, if there is one to name. */
    public Optional<GradeBand.Level> nextLevel() {
        return Optional.ofNullable(next);
    }

    /** True when the tool scores are unknown and decide between the levels the total reaches. */
    public boolean decidedByTotalOnly() {
        return !undecided.isEmpty();
    }

    /** True when the line rests on an every-tool rule the NACC has not confirmed (pages say so). */
    public boolean restsOnSingleSource() {
        if (next == null && undecided.isEmpty()) {
            return levelMinEachTool != null && !CONFIRMED_EACH_TOOL_MINIMUMS.contains(levelMinEachTool);
        }
        return shortfalls.stream().anyMatch(Shortfall::singleSource);
    }

    /** The line in a language and for a place: "ผ่านดี: ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95". */
    public String line(Language lang, Form form) {
        return LevelLines.write(this, lang, form);
    }

    /**
     * The page line without its level and caveat, for a place that shows the level just above it (a
     * table cell): "ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95".
     */
    public String reason(Language lang) {
        return LevelLines.reason(this, lang);
    }

    /** The single-source rule the page line names ("เกณฑ์ทุกเครื่องมือ ≥ 95 มาจากแหล่งเดียว …"); empty when none. */
    public String caveat(Language lang) {
        return LevelLines.caveat(this, lang);
    }

    private static int reachedIndex(List<GradeBand> bands, String code) {
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            if (band.code().equals(code)
                    || (band.ifToolsUnknown() != null && band.ifToolsUnknown().code().equals(code))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Shortfall> shortfalls(GradeBand next, double total, Map<Tool, Double> toolScores) {
        List<Shortfall> out = new ArrayList<>();
        if (total < next.min()) {
            out.add(new Shortfall(null, total, next.min(), false));
        }
        if (next.minEachTool() != null) {
            boolean single = !CONFIRMED_EACH_TOOL_MINIMUMS.contains(next.minEachTool());
            for (Tool tool : Tool.values()) {
                Double score = toolScores.get(tool);
                if (score != null && score < next.minEachTool()) {
                    out.add(new Shortfall(tool, score, next.minEachTool(), single));
                }
            }
        }
        return out;
    }

    private static GradeBand.Level levelOf(GradeBand band) {
        return new GradeBand.Level(band.code(), band.labelTh(), band.labelEn());
    }

    /**
     * What a total-only band is called when the tool-dependent bands above cannot be ruled out: the
     * catalog's own name when it has one; the published table carries none, so the same form is built
     * ("ผ่านขึ้นไป (85+)", as the FY2566 catalog spells it).
     */
    private static GradeBand.Level orBetter(GradeBand band) {
        if (band.ifToolsUnknown() != null) {
            return band.ifToolsUnknown();
        }
        String min = LevelLines.bound(band.min());
        return new GradeBand.Level(band.code() + "_OR_BETTER", band.labelTh() + "ขึ้นไป (" + min + "+)",
                band.labelEn() + " or better (" + min + "+)");
    }
}
