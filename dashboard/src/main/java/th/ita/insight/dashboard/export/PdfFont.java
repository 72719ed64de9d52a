package th.ita.insight.dashboard.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One bundled font embedded (subset) in one PDF: widths, the characters it can draw, and where its
 * Thai marks go ({@link ThaiMarks}), measured once per font from its own legacy glyphs.
 */
final class PdfFont {
    private static final Map<ExportFonts, Metrics> METRICS = new EnumMap<>(ExportFonts.class);

    /** What a font can draw and how far each mark variant moves, read from the TrueType file. */
    private record Metrics(BitSet covered, Map<Integer, float[]> offsets) implements ThaiMarks.Offsets {
        @Override
        public float[] of(char mark, ThaiMarks.Variant variant) {
            return offsets.get(mark << 3 | variant.ordinal());
        }
    }

    final PDType0Font font;
    private final Metrics metrics;

    private PdfFont(PDType0Font font, Metrics metrics) {
        this.font = font;
        this.metrics = metrics;
    }

    static PdfFont embed(PDDocument doc, ExportFonts which) throws IOException {
        PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(which.bytes()), true);
        Metrics m;
        synchronized (METRICS) {
            m = METRICS.get(which);
            if (m == null) {
                m = measure(which);
                METRICS.put(which, m);
            }
        }
        return new PdfFont(font, m);
    }

    /** The text with characters the font lacks replaced, so PDFBox never fails on a stray symbol. */
    String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || metrics.covered.get(c)) {
                sb.append(c);
            } else {
                sb.append(switch (c) {
                    case '−', '–', '—' -> metrics.covered.get('-') ? "-" : "?";
                    case '≥' -> ">=";
                    case '≤' -> "<=";
                    case '×' -> "x";
                    case '·', '•' -> "-";
                    case '\t' -> " ";
                    default -> "?";
                });
            }
        }
        return sb.toString();
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) * size / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows text at the current text position, its glyphs as the font's cmap maps them. PDFBox's own
     * showText runs the font's GSUB rules through regular expressions on every call (a 10-page o42
     * took seconds); they substitute nothing for Thai, whose marks {@link ThaiMarks} places instead.
     */
    @SuppressWarnings("deprecation")
    void show(PDPageContentStream cs, String text) throws IOException {
        byte[] codes = font.encode(text);
        text.codePoints().forEach(font::addToSubset);
        StringBuilder hex = new StringBuilder(codes.length * 2 + 6).append('<');
        for (byte b : codes) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        cs.appendRawCommands(hex.append("> Tj\n").toString());
    }

    List<ThaiMarks.Run> runs(String text) {
        return ThaiMarks.runs(text, metrics);
    }

    private static Metrics measure(ExportFonts which) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(which.bytes()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int c = 0x20; c < 0xFFFF; c++) {
                if (cmap.getGlyphId(c) != 0) {
                    covered.set(c);
                }
            }
            Map<Integer, float[]> offsets = new HashMap<>();
            float toMilliEm = 1000f / ttf.getUnitsPerEm();
            for (char mark = '\u0E31'; mark <= '\u0E4D'; mark++) {
                if (!ThaiMarks.isMark(mark)) {
                    continue;
                }
                for (ThaiMarks.Variant v : ThaiMarks.Variant.values()) {
                    char legacy = ThaiMarks.legacyGlyph(mark, v);
                    PDRectangle from = box(ttf, cmap, mark);
                    PDRectangle to = legacy == 0 ? null : box(ttf, cmap, legacy);
                    if (from != null && to != null) {
                        offsets.put(mark << 3 | v.ordinal(), new float[]{toMilliEm * (centre(to.getLowerLeftX(), to.getUpperRightX())
                                - centre(from.getLowerLeftX(), from.getUpperRightX())), toMilliEm * (centre(to.getLowerLeftY(),
                                to.getUpperRightY()) - centre(from.getLowerLeftY(), from.getUpperRightY()))});
                    }
                }
            }
            return new Metrics(covered, offsets);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Thai font cannot be read", e);
        }
    }

    private static PDRectangle box(TrueTypeFont ttf, CmapLookup cmap, char c) throws IOException {
        int gid = cmap.getGlyphId(c);
        GlyphData g = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
        return g == null ? null : g.getBoundingBox().getWidth() == 0 ? null : toRect(g);
    }

    private static PDRectangle toRect(GlyphData g) {
        var b = g.getBoundingBox();
        return new PDRectangle(b.getLowerLeftX(), b.getLowerLeftY(), b.getWidth(), b.getHeight());
    }

    private static float centre(float a, float b) {
        return (a + b) / 2;
    }
}
