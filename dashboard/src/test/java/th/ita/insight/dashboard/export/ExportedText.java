package th.ita.insight.dashboard.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The text of exported files as a reader's tools see it: PDFBox's lines of a PDF, the XML of a DOCX. */
final class ExportedText {
    /**
     * Words only a note meant for us would use, written here by hand (not taken from the production list
     * it checks): source remarks, certainty caveats, the batch's internal reason wording.
     */
    static final List<String> FORBIDDEN = List.of("เอกสารต้นแบบ", "หมายเหตุ", "ไม่ได้ระบุรหัส", "ยังไม่ยืนยัน", "ยังไม่ได้ยืนยัน",
            "ข้อสมมติ", "ควรยกระดับต่อ", "best-effort", "provisional", "TODO", "seed", "guess", "unconfirmed", "Note:",
            "where to improve next");

    private ExportedText() {
    }

    /** The PDF's text, page by page, in lines as PDFBox reads them off the positions. */
    static List<String> pdfLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = new ArrayList<>();
            for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    /** Every XML part of a DOCX (body, headers, properties) with the tags taken out. */
    static String docxXml(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "")).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The forbidden markers found in a text, matched without regard to spaces or case. */
    static List<String> forbidden(String text) {
        String squeezed = squeeze(text);
        return FORBIDDEN.stream().filter(m -> squeezed.contains(squeeze(m))).toList();
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
