package th.ita.insight.scoring;

/** Where a published figure was read: file and line (or Excel row). */
public record Provenance(String file, long line) {
}
