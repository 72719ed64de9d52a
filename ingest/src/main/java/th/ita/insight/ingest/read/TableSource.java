package th.ita.insight.ingest.read;

import java.io.Closeable;
import java.util.Iterator;

/** A table read from one input file: a header row, then data rows streamed one at a time. */
public interface TableSource extends Closeable {

    /** The header cells as written (trimmed); never null. */
    String[] header();

    /** What a user should know about how the file was read, e.g. "windows-874, ';'-separated". */
    String description();

    Iterator<RawRow> rows();
}
