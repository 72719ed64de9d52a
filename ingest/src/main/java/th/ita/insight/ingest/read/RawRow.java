package th.ita.insight.ingest.read;

/**
 * One data row of a table as text cells, with the line (CSV) or row number (XLSX) a person would look up.
 *
 * @param broken why the reader could not split this row into cells (e.g. a quote never closed), or null
 */
public record RawRow(long line, String[] cells, String broken) {

    public RawRow(long line, String[] cells) {
        this(line, cells, null);
    }

    /** A row the reader could not split; the rest of the file after it cannot be read either. */
    public static RawRow broken(long line, String why) {
        return new RawRow(line, new String[0], why);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.length ? cells[index] : null;
    }
}
