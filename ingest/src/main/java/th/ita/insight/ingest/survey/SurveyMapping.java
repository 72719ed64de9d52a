package th.ita.insight.ingest.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import th.ita.insight.ingest.read.TextEncoding;
import th.ita.insight.ingest.read.UnreadableInputException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code --map} file: CSV rows {@code header,code[,sub_item]} naming the question behind a
 * column whose header carries no code ("ความพึงพอใจต่อบริการ,e11"). A first row "header,code" is skipped.
 */
public final class SurveyMapping {
    private SurveyMapping() {
    }

    /** @return header (trimmed) → code, with ".sub" appended when a sub-item is given */
    public static Map<String, String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            TextEncoding.Detected enc = TextEncoding.detect(bytes, bytes.length);
            String text = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes, enc.bomLength(), bytes.length - enc.bomLength())).toString();
            Map<String, String> out = new LinkedHashMap<>();
            try (Reader r = new StringReader(text)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(r)) {
                    if (rec.size() < 2 || (rec.getRecordNumber() == 1 && rec.get(1).equalsIgnoreCase("code"))) {
                        continue;
                    }
                    String sub = rec.size() > 2 && !rec.get(2).isBlank() ? "." + rec.get(2).strip() : "";
                    out.put(rec.get(0).strip(), rec.get(1).strip() + sub);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot read the --map file: " + e.getMessage(),
                    "อ่านไฟล์ --map ไม่ได้: " + e.getMessage(), e);
        }
    }
}
