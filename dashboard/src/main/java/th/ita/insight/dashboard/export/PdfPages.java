package th.ita.insight.dashboard.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

import java.io.IOException;
import java.util.List;

/**
 * The pages of a PDF being written: A4 with the margins of Thai official letters, a cursor moving down
 * the page, a new page when the next thing does not fit, and text drawn with its marks in place.
 */
final class PdfPages implements AutoCloseable {
    /** Laksaman is drawn larger than TH Sarabun at the same size (fontconfig scales it by 0.66 for the same look). */
    static final float SARABUN_TO_LAKSAMAN = 0.7f;
    static final float LEFT = 85;     // 3 cm
    static final float RIGHT = 57;    // 2 cm
    static final float TOP = 71;      // 2.5 cm
    static final float BOTTOM = 57;
    static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;

    final PDDocument doc;
    final PdfFont regular;
    final PdfFont bold;
    private final Digits digits;
    private PDPageContentStream cs;
    private int pages;
    float y;

    PdfPages(PDDocument doc, Digits digits) throws IOException {
        this.doc = doc;
        this.digits = digits;
        this.regular = PdfFont.embed(doc, ExportFonts.REGULAR);
        this.bold = PdfFont.embed(doc, ExportFonts.BOLD);
        newPage();
    }

    PDPageContentStream stream() {
        return cs;
    }

    /** Room left above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    boolean atTop() {
        return y >= PDRectangle.A4.getHeight() - TOP - 0.5f;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pages++;
        y = PDRectangle.A4.getHeight() - TOP;
        if (pages > 1) {
            // Thai official documents number pages from the second, centred at the top: "- ๒ -".
            String number = digits.apply("- " + pages + " -");
            float size = 14 * SARABUN_TO_LAKSAMAN;
            drawText(regular, size, (PDRectangle.A4.getWidth() - regular.width(number, size)) / 2,
                    PDRectangle.A4.getHeight() - TOP / 2, number);
        }
    }

    /** Ensures {@code height} fits below the cursor, starting a new page if not (unless already at the top). */
    void need(float height) throws IOException {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    /** Draws one line of text with its baseline at {@code baseline}, Thai marks moved where a shaper would put them. */
    void drawText(PdfFont f, float size, float x, float baseline, String line) throws IOException {
        float pen = x;
        List<ThaiMarks.Run> runs = f.runs(line);
        // Moved marks confuse text extraction's reading of positions; ActualText tells viewers the words.
        boolean moved = runs.size() > 1;
        if (moved) {
            COSDictionary span = new COSDictionary();
            span.setString(COSName.ACTUAL_TEXT, line);
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
        }
        for (ThaiMarks.Run run : runs) {
            cs.beginText();
            cs.setFont(f.font, size);
            cs.newLineAtOffset(pen + run.dx() * size / 1000f, baseline + run.dy() * size / 1000f);
            f.show(cs, run.text());
            cs.endText();
            pen += f.width(run.text(), size);
        }
        if (moved) {
            cs.endMarkedContent();
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
