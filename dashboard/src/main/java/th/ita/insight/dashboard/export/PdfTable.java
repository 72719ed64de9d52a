package th.ita.insight.dashboard.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table across pages: the header row repeats on every page, a row that does not fit moves to
 * the next page, and a row taller than a page is split between lines.
 */
final class PdfTable {
    private static final float SIZE = 14 * PdfPages.SARABUN_TO_LAKSAMAN;
    private static final float LEADING = SIZE * 1.5f;
    private static final float PAD = 3;
    private static final Color HEADER_FILL = new Color(0xE2, 0xE8, 0xF0);
    /** Fewer lines than this left on a page: a row starts on the next page instead of being split. */
    private static final int MIN_SPLIT_LINES = 6;

    private final PdfPages pages;
    private final Block.Table table;
    private final float[] widths;

    private PdfTable(PdfPages pages, Block.Table table) {
        this.pages = pages;
        this.table = table;
        float sum = 0;
        for (Block.Column c : table.columns()) {
            sum += c.width();
        }
        widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PdfPages.WIDTH * table.columns().get(i).width() / sum;
        }
    }

    static void draw(PdfPages pages, Block.Table table) throws IOException {
        new PdfTable(pages, table).draw();
    }

    private void draw() throws IOException {
        List<List<String>> header = cells(table.columns().stream().map(Block.Column::header).toList(), pages.bold);
        float headerHeight = height(header);
        int firstRow = table.rows().isEmpty() ? 1 : remaining(cells(table.rows().get(0), pages.regular), new int[widths.length]);
        pages.need(headerHeight + Math.min(firstRow, MIN_SPLIT_LINES) * LEADING + 2 * PAD);
        slice(header, new int[widths.length], Integer.MAX_VALUE, pages.bold, true);
        for (List<String> row : table.rows()) {
            List<List<String>> cells = cells(row, pages.regular);
            int[] from = new int[widths.length];
            while (true) {
                int left = remaining(cells, from);
                float needed = left * LEADING + 2 * PAD;
                if (needed <= pages.room()) {
                    slice(cells, from, left, pages.regular, false);
                    break;
                }
                int fit = (int) ((pages.room() - 2 * PAD) / LEADING);
                boolean fitsOnFreshPage = needed <= freshRoom(headerHeight);
                // A row that fits a fresh page moves there whole only from near the bottom of this one:
                // moving it from higher up would leave most of a page blank in the middle of the table.
                if (fit >= 2 && !(fitsOnFreshPage && allFromStart(from) && fit < MIN_SPLIT_LINES)) {
                    slice(cells, from, fit, pages.regular, false);
                }
                pages.newPage();
                slice(header, new int[widths.length], Integer.MAX_VALUE, pages.bold, true);
            }
        }
        pages.y -= 6;
    }

    private float freshRoom(float headerHeight) {
        return org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight() - PdfPages.TOP - PdfPages.BOTTOM - headerHeight;
    }

    private static boolean allFromStart(int[] from) {
        for (int f : from) {
            if (f != 0) {
                return false;
            }
        }
        return true;
    }

    private static int remaining(List<List<String>> cells, int[] from) {
        int max = 0;
        for (int i = 0; i < cells.size(); i++) {
            max = Math.max(max, cells.get(i).size() - from[i]);
        }
        return Math.max(max, 1);
    }

    private float height(List<List<String>> cells) {
        return remaining(cells, new int[cells.size()]) * LEADING + 2 * PAD;
    }

    private List<List<String>> cells(List<String> row, PdfFont f) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = f.printable(i < row.size() && row.get(i) != null ? row.get(i) : "");
            out.add(LineBreaker.wrap(text, widths[i] - 2 * PAD, s -> f.width(s, SIZE)));
        }
        return out;
    }

    /** Draws up to {@code lines} lines of every cell from {@code from}, advancing it, with borders. */
    private void slice(List<List<String>> cells, int[] from, int lines, PdfFont f, boolean header) throws IOException {
        int count = Math.min(lines, remaining(cells, from));
        float h = count * LEADING + 2 * PAD;
        PDPageContentStream cs = pages.stream();
        float x = PdfPages.LEFT;
        float top = pages.y;
        if (header) {
            cs.setNonStrokingColor(HEADER_FILL);
            cs.addRect(x, top - h, PdfPages.WIDTH, h);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
        }
        cs.setLineWidth(0.5f);
        for (int i = 0; i < widths.length; i++) {
            cs.addRect(x, top - h, widths[i], h);
            cs.stroke();
            List<String> cell = cells.get(i);
            boolean right = table.columns().get(i).numeric() && !header;
            for (int l = 0; l < count && from[i] + l < cell.size(); l++) {
                String line = cell.get(from[i] + l);
                float lx = right ? x + widths[i] - PAD - f.width(line, SIZE) : x + PAD;
                pages.drawText(f, SIZE, lx, top - PAD - l * LEADING - SIZE * 1.15f, line);
            }
            from[i] = Math.min(cell.size(), from[i] + count);
            x += widths[i];
        }
        pages.y = top - h;
    }
}
