package th.ita.insight.ingest.read;

/** One data row of a table as text cells, with the line (CSV) or row number (XLSX) a person would look up. */
public record RawRow(long line, String[] cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.length ? cells[index] : null;
    }
}
