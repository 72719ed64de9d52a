package th.ita.insight.ingest.read;

import th.ita.insight.ingest.validate.Layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens an input file with the reader its content calls for: Excel (by magic bytes) or delimited text. */
public final class TableSources {
    private TableSources() {
    }

    public static TableSource open(Path file, InputShape forced) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableInputException(file, "no such readable file", "ไม่พบไฟล์หรืออ่านไม่ได้");
        }
        if (isWorkbook(file)) {
            return XlsxTableSource.open(file, header -> Layout.analyse(header, forced).isPresent());
        }
        return CsvTableSource.open(file);
    }

    /** Opens a file whose header the caller recognises (a survey export: question columns, not score columns). */
    public static TableSource open(Path file, java.util.function.Predicate<String[]> recognisedHeader) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableInputException(file, "no such readable file", "ไม่พบไฟล์หรืออ่านไม่ได้");
        }
        return isWorkbook(file) ? XlsxTableSource.open(file, recognisedHeader) : CsvTableSource.open(file);
    }

    /** Zip (xlsx) or OLE2 (xls) magic, whatever the file is called. */
    static boolean isWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            boolean ole2 = magic.length == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                    && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0;
            return zip || ole2;
        } catch (IOException e) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?$");
        }
    }
}
