package th.ita.insight.ingest;

import th.ita.insight.ingest.read.UnreadableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the input files they name, in a stable order. */
public final class InputFiles {
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls");

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::looksLikeInput).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UnreadableInputException(path, "cannot list folder: " + e.getMessage(),
                            "อ่านรายการในโฟลเดอร์ไม่ได้: " + e.getMessage(), e);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new UnreadableInputException(path, "no such file or folder", "ไม่พบไฟล์หรือโฟลเดอร์");
            }
        }
        if (files.isEmpty()) {
            throw new UnreadableInputException(paths.isEmpty() ? Path.of(".") : paths.get(0),
                    "no input files (.csv, .tsv, .txt, .xlsx, .xls) found", "ไม่พบไฟล์ข้อมูล (.csv, .tsv, .txt, .xlsx, .xls)");
        }
        return files.stream().map(Path::normalize).distinct().toList();
    }

    private static boolean looksLikeInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
