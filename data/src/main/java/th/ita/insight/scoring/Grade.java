package th.ita.insight.scoring;

import th.ita.insight.catalog.GradeBand;

/**
 * The grade of a total: a band's code and labels, and what it was decided on.
 *
 * @param basis TOOLS when the tool scores were known; TOTAL_ONLY when they were not, so the level says
 *              only what the total decides (e.g. "85 or more" from FY2566 on)
 */
public record Grade(String code, String labelTh, String labelEn, boolean pass, Basis basis) {

    /** What a grade was decided on. */
    public enum Basis { TOOLS, TOTAL_ONLY }

    static Grade of(GradeBand band, Basis basis) {
        return new Grade(band.code(), band.labelTh(), band.labelEn(), band.pass(), basis);
    }

    static Grade of(GradeBand.Level level, boolean pass) {
        return new Grade(level.code(), level.labelTh(), level.labelEn(), pass, Basis.TOTAL_ONLY);
    }
}
