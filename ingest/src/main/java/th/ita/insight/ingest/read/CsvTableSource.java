package th.ita.insight.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams a delimited text file (comma, semicolon or tab, detected from the header line) in UTF-8 or
 * Windows-874. Undecodable bytes become U+FFFD so the row they are in can be rejected by name.
 */
public final class CsvTableSource implements TableSource {
    private static final int HEAD_BYTES = 64 * 1024;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final String description;

    private CsvTableSource(CSVParser parser, String[] header, String description) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.description = description;
    }

    public static CsvTableSource open(Path file) {
        TextEncoding.Detected encoding;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (head.length == 0) {
                throw new UnreadableInputException(file, "the file is empty", "ไฟล์ว่างเปล่า");
            }
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                throw new UnreadableInputException(file,
                        "UTF-16 text (Excel's \"Unicode Text\"): save it as \"CSV UTF-8\" instead",
                        "เป็นข้อความ UTF-16 (\"Unicode Text\" ของ Excel) ให้บันทึกเป็น \"CSV UTF-8\" แทน");
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    throw new UnreadableInputException(file,
                            "binary content, not CSV text (expected CSV, or an .xlsx workbook)",
                            "เป็นไฟล์ไบนารี ไม่ใช่ข้อความ CSV (ต้องเป็น CSV หรือไฟล์ .xlsx)");
                }
            }
            encoding = TextEncoding.detect(head, head.length);
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot read: " + e.getMessage(), "อ่านไฟล์ไม่ได้: " + e.getMessage(), e);
        }
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            reader.mark(HEAD_BYTES);
            String firstLine = reader.readLine();
            reader.reset();
            char delimiter = Delimiters.detect(firstLine == null ? "" : firstLine);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            CSVParser parser = format.parse(reader);
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                throw new UnreadableInputException(file, "no header row", "ไม่มีแถวหัวตาราง");
            }
            CSVRecord headerRecord = it.next();
            // A second BOM (a file saved twice by tools that each add one) would hide the first column's name.
            String[] header = headerRecord.stream().map(s -> s == null ? "" : s.replace("\uFEFF", "").strip())
                    .toArray(String[]::new);
            String description = encoding.label() + ", '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter))
                    + "'-separated";
            return new CsvTableSource(parser, header, description);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableInputException(file, "cannot parse as CSV: " + e.getMessage(),
                    "แยกคอลัมน์ CSV ไม่ได้: " + e.getMessage(), e);
        }
    }

    @Override
    public String[] header() {
        return header.clone();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Iterator<RawRow> rows() {
        return new Iterator<>() {
            private long lastLine = parser.getCurrentLineNumber();
            private RawRow broken;
            private boolean stopped;

            @Override
            public boolean hasNext() {
                if (stopped) {
                    return false;
                }
                if (broken != null) {
                    return true;
                }
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    // A file cut off inside a quoted cell: the parser cannot go on, so the rows read so
                    // far stand and the rest is one reject starting on the line after the last good row.
                    broken = RawRow.broken(lastLine + 1, rootMessage(e));
                    return true;
                }
            }

            @Override
            public RawRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (broken != null) {
                    stopped = true;
                    return broken;
                }
                CSVRecord record = records.next();
                // getCurrentLineNumber counts the line breaks read so far: the line this record ends on.
                long line = parser.getCurrentLineNumber();
                lastLine = line;
                return new RawRow(line, record.stream().toArray(String[]::new));
            }
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
