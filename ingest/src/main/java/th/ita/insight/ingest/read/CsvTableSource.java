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
            String[] header = headerRecord.stream().map(s -> s == null ? "" : s.strip()).toArray(String[]::new);
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
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public RawRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                // getCurrentLineNumber counts the line breaks read so far: the line this record ends on.
                long line = parser.getCurrentLineNumber();
                return new RawRow(line, record.stream().toArray(String[]::new));
            }
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
