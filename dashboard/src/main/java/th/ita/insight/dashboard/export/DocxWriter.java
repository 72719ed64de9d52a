package th.ita.insight.dashboard.export;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes blocks as a Word document an officer can edit and submit: A4, the margins of Thai official
 * letters, TH SarabunPSK 16 pt with the complex-script font and size set so Word applies them to Thai.
 */
final class DocxWriter {
    /** Text width in twentieths of a point: A4 (11906) less 3 cm and 2 cm margins. */
    private static final int TEXT_TWIPS = 11906 - 1701 - 1134;

    private DocxWriter() {
    }

    static byte[] write(List<Block> blocks, String title, String language) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("ITA Insight");
            page(doc);
            for (Block b : blocks) {
                if (b instanceof Block.Text t) {
                    text(doc.createParagraph(), t, language);
                } else if (b instanceof Block.Table t) {
                    table(doc, t, language);
                } else if (b instanceof Block.Picture p) {
                    picture(doc, p);
                } else {
                    doc.createParagraph().setPageBreak(true);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(1701));
        mar.setRight(BigInteger.valueOf(1134));
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1134));
    }

    private static void text(XWPFParagraph p, Block.Text t, String language) {
        Block.Style s = t.style();
        p.setAlignment(switch (s.align) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case LEFT -> ParagraphAlignment.LEFT;
        });
        if (s.indentFirstLine) {
            p.setIndentationFirstLine(720);
        }
        p.setSpacingBefore(s == Block.Style.HEADING ? 240 : s == Block.Style.SUBHEADING ? 120 : 0);
        p.setSpacingAfter(0);
        if (s == Block.Style.HEADING || s == Block.Style.SUBHEADING) {
            p.setKeepNext(true);
        }
        if (s == Block.Style.FILL_IN) {
            // Dots to the margin whatever font Word substitutes: a right tab at the text width with a dot leader.
            CTTabStop tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(TEXT_TWIPS));
            run(p, t.text().isEmpty() ? "" : t.text() + " ", s.size, s.bold, language).addTab();
            return;
        }
        run(p, t.text(), s.size, s.bold, language);
    }

    private static XWPFRun run(XWPFParagraph p, String text, float size, boolean bold, String language) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        r.setBold(bold);
        r.setFontFamily(ExportFonts.DOCX_FAMILY, FontCharRange.ascii);
        r.setFontFamily(ExportFonts.DOCX_FAMILY, FontCharRange.hAnsi);
        r.setFontFamily(ExportFonts.DOCX_FAMILY, FontCharRange.cs);
        r.setFontFamily(ExportFonts.DOCX_FAMILY, FontCharRange.eastAsia);
        r.setFontSize(size);
        // Word sizes and bolds Thai by the complex-script properties, not the ones above.
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            rpr.addNewBCs();
        }
        rpr.addNewLang().setBidi(language);
        return r;
    }

    private static void table(XWPFDocument doc, Block.Table t, String language) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        table.setWidth(TEXT_TWIPS);
        float sum = (float) t.columns().stream().mapToDouble(Block.Column::width).sum();
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(false);
            for (int c = 0; c < t.columns().size(); c++) {
                Block.Column col = t.columns().get(c);
                XWPFTableCell cell = row.getCell(c);
                CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(Math.round(TEXT_TWIPS * col.width() / sum)));
                if (r == 0) {
                    cell.setColor("E2E8F0");
                }
                List<String> values = r == 0 ? null : t.rows().get(r - 1);
                String text = r == 0 ? col.header() : c < values.size() && values.get(c) != null ? values.get(c) : "";
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingAfter(0);
                if (col.numeric() && r > 0) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(p, text, 14, r == 0, language);
            }
        }
        doc.createParagraph();
    }

    private static void picture(XWPFDocument doc, Block.Picture pic) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        double widthPt = TEXT_TWIPS / 20.0 * pic.widthShare();
        double heightPt = widthPt * pic.heightPx() / pic.widthPx();
        try {
            p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("chart image rejected by POI", e);
        }
    }
}
