package th.ita.insight.dashboard.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes blocks as an A4 PDF with the bundled Thai font embedded, laid out by our own small flow
 * (PDFBox draws glyphs, it does not lay out or shape; see docs/exports.md for why not an HTML renderer).
 */
final class PdfWriter {
    private static final float INDENT = 36;

    private PdfWriter() {
    }

    static byte[] write(List<Block> blocks, String title, String language, Digits digits) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("ITA Insight");
            doc.getDocumentCatalog().setLanguage(language);
            try (PdfPages pages = new PdfPages(doc, digits)) {
                for (Block b : blocks) {
                    if (b instanceof Block.Text t) {
                        text(pages, t);
                    } else if (b instanceof Block.Table t) {
                        PdfTable.draw(pages, t);
                    } else if (b instanceof Block.Picture p) {
                        picture(pages, p);
                    } else if (!pages.atTop()) {
                        pages.newPage();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PdfPages pages, Block.Text t) throws IOException {
        Block.Style s = t.style();
        PdfFont f = s.bold ? pages.bold : pages.regular;
        float size = s.size * PdfPages.SARABUN_TO_LAKSAMAN;
        float leading = size * 1.5f;
        float indent = s.indentFirstLine ? INDENT : 0;
        List<String> lines = s == Block.Style.FILL_IN ? List.of(dotsToMargin(f, size, f.printable(t.text())))
                : LineBreaker.wrap(f.printable(t.text()), PdfPages.WIDTH - indent, PdfPages.WIDTH, line -> f.width(line, size));
        float before = switch (s) {
            case HEADING -> 12;
            case SUBHEADING -> 8;
            case SIGNATURE -> 10;
            default -> 3;
        };
        // A heading never ends a page: keep it with a few lines of what follows (a part's heading with its
        // opening paragraph and the header and first lines of its table, about a quarter of a page).
        int keep = s == Block.Style.HEADING ? 12 : s == Block.Style.SUBHEADING ? 3 : 0;
        pages.need(before + leading * (keep == 0 ? 1 : lines.size() + keep));
        if (!pages.atTop()) {
            pages.y -= before;
        }
        for (int i = 0; i < lines.size(); i++) {
            pages.need(leading);
            String line = lines.get(i);
            float w = f.width(line, size);
            float x = switch (s.align) {
                case CENTER -> PdfPages.LEFT + (PdfPages.WIDTH - w) / 2;
                case RIGHT -> PdfPages.LEFT + PdfPages.WIDTH - w;
                case LEFT -> PdfPages.LEFT + (i == 0 ? indent : 0);
            };
            pages.drawText(f, size, x, pages.y - size * 1.15f, line);
            pages.y -= leading;
        }
    }

    /** The text and as many dots as fit after it on one line: a line to fill in that ends at the margin. */
    private static String dotsToMargin(PdfFont f, float size, String text) {
        String lead = text.isEmpty() ? "" : text + " ";
        int dots = (int) ((PdfPages.WIDTH - f.width(lead, size)) / f.width(".", size));
        return lead + ".".repeat(Math.max(0, dots));
    }

    private static void picture(PdfPages pages, Block.Picture p) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(pages.doc, p.png(), "chart.png");
        float w = PdfPages.WIDTH * p.widthShare();
        float h = w * p.heightPx() / p.widthPx();
        pages.need(h + 8);
        pages.y -= 4;
        pages.stream().drawImage(image, PdfPages.LEFT + (PdfPages.WIDTH - w) / 2, pages.y - h, w, h);
        pages.y -= h + 4;
    }

}
