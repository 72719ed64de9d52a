package th.ita.insight.survey;

import th.ita.insight.catalog.CatalogItem;

/**
 * Turns one answer as a form wrote it into the question's points (ita-reference.md, "Answers →
 * question scores"): the 4-step scale น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด (or 1–4) → 0 / 33 /
 * 67 / 100, มี/ไม่มี and ใช่/ไม่ใช่ → 100 / 0, both reversed for negatively worded questions. The
 * question's scale and direction come from the catalog, the labels and points from {@link SurveyCoding}.
 */
public final class AnswerCoder {
    private final SurveyCoding coding;

    public AnswerCoder(SurveyCoding coding) {
        this.coding = coding;
    }

    /** The outcome for one cell: blank (not answered), points, or a label the coding does not know. */
    public record Coded(Kind kind, double points) {
        public enum Kind { BLANK, POINTS, UNKNOWN }

        static final Coded BLANK = new Coded(Kind.BLANK, Double.NaN);
        static final Coded UNKNOWN = new Coded(Kind.UNKNOWN, Double.NaN);
    }

    public Coded code(CatalogItem question, String answer) {
        if (answer == null) {
            return Coded.BLANK;
        }
        String key = SurveyCoding.normalise(answer);
        if (key.isEmpty() || key.equals("-")) {
            return Coded.BLANK;
        }
        boolean negative = question.direction() == CatalogItem.Direction.NEGATIVE;
        return switch (question.scale()) {
            case GRADED4 -> {
                Integer step = coding.graded4().get(key);
                yield step == null ? Coded.UNKNOWN
                        : new Coded(Coded.Kind.POINTS, coding.graded4Points()[negative ? 4 - step : step - 1]);
            }
            case YES_NO -> {
                Boolean yes = coding.yesNo().get(key);
                yield yes == null ? Coded.UNKNOWN
                        : new Coded(Coded.Kind.POINTS, yes != negative ? coding.yesPoints() : coding.noPoints());
            }
            case DISCLOSURE -> Coded.UNKNOWN;
        };
    }

    /** What the question accepts, for the rejects report. */
    public static String expected(CatalogItem question) {
        return question.scale() == CatalogItem.Scale.YES_NO ? "มี/ไม่มี, ใช่/ไม่ใช่, 1/0"
                : "มากที่สุด, มาก, น้อย, น้อยที่สุดหรือไม่มีเลย, 1–4";
    }
}
