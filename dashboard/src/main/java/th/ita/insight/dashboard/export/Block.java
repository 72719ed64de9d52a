package th.ita.insight.dashboard.export;

import java.util.List;

/**
 * A document as a flow of blocks: what the DOCX and PDF writers both render, so the o42's content is
 * laid out once and knows nothing of either format.
 */
sealed interface Block permits Block.Text, Block.Table, Block.Picture, Block.PageBreak {

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * Paragraph styles in TH Sarabun points, the size Thai official documents are written in (16 pt
     * body); the PDF writer scales them to its embedded font.
     */
    enum Style {
        TITLE(20, true, Align.CENTER, false), HEADING(16, true, Align.LEFT, false), SUBHEADING(16, true, Align.LEFT, false),
        BODY(16, false, Align.LEFT, true), ITEM(16, false, Align.LEFT, false), NOTE(14, false, Align.LEFT, false),
        SIGNATURE(16, false, Align.RIGHT, false),
        /** A line to fill in by hand: its text, then dots to the right margin (a dot-leader tab in Word). */
        FILL_IN(16, false, Align.LEFT, false);

        final float size;
        final boolean bold;
        final Align align;
        /** Thai official prose indents the first line of a paragraph. */
        final boolean indentFirstLine;

        Style(float size, boolean bold, Align align, boolean indentFirstLine) {
            this.size = size;
            this.bold = bold;
            this.align = align;
            this.indentFirstLine = indentFirstLine;
        }
    }

    record Text(Style style, String text) implements Block {
    }

    /** A column: header, share of the text width, numeric columns align right. */
    record Column(String header, float width, boolean numeric) {
    }

    /** Cells may hold several paragraphs separated by '\n'. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
    }

    /** A PNG at a share of the text width, its aspect ratio kept. */
    record Picture(byte[] png, int widthPx, int heightPx, float widthShare, String description) implements Block {
    }

    record PageBreak() implements Block {
    }
}
