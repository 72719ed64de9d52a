package th.ita.insight.scoring;

/**
 * A figure as an agency, assessor or newspaper printed it, with where it was read.
 *
 * @param label the printed level for a total (AA, ผ่าน, สูงมาก …), or null
 */
public record Published(double value, String label, Provenance provenance) {

    public static Published of(double value, Provenance provenance) {
        return new Published(value, null, provenance);
    }
}
