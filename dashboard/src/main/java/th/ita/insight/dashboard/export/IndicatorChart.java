package th.ita.insight.dashboard.export;

import th.ita.insight.text.Language;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the ten indicator scores as a horizontal bar chart PNG with Java2D, which shapes Thai itself
 * (a charting library would add megabytes for one chart).
 */
final class IndicatorChart {
    static final int WIDTH = 1600;
    private static final int ROW = 64;
    /** Room above the bars for the pass mark's label. */
    private static final int TOP = 64;
    private static final int LABEL = 620;
    private static final Map<String, Color> TOOL_COLORS = Map.of("IIT", new Color(0x2b6cb0), "EIT", new Color(0x2f855a),
            "OIT", new Color(0xb7791f));
    private static final Font BASE = load();

    private IndicatorChart() {
    }

    static int height(int bars) {
        return TOP + bars * ROW + 60;
    }

    static byte[] png(List<O42Report.IndicatorScore> indicators, Language lang, Digits digits) {
        int h = height(indicators.size());
        BufferedImage img = new BufferedImage(WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, h);
            int plotW = WIDTH - LABEL - 140;
            int bottom = TOP + indicators.size() * ROW;
            g.setFont(BASE.deriveFont(24f));
            g.setColor(new Color(0xe2e8f0));
            for (int v = 0; v <= 100; v += 20) {
                int x = LABEL + plotW * v / 100;
                g.drawLine(x, TOP, x, bottom);
                g.setColor(new Color(0x4a5568));
                g.drawString(digits.apply(String.valueOf(v)), x - 12, bottom + 32);
                g.setColor(new Color(0xe2e8f0));
            }
            for (int i = 0; i < indicators.size(); i++) {
                O42Report.IndicatorScore s = indicators.get(i);
                int y = TOP + i * ROW;
                g.setColor(new Color(0x1a202c));
                g.setFont(BASE.deriveFont(30f));
                String label = s.number() + " " + lang.pick(s.nameTh(), s.nameEn() == null ? s.nameTh() : s.nameEn());
                g.drawString(digits.apply(label), 10, y + 42);
                if (s.score() != null) {
                    g.setColor(TOOL_COLORS.getOrDefault(s.tool(), Color.GRAY));
                    g.fillRect(LABEL, y + 12, (int) Math.round(plotW * s.score() / 100), ROW - 24);
                    g.setColor(new Color(0x1a202c));
                    g.drawString(digits.apply(String.format(Locale.ROOT, "%.2f", s.score())),
                            LABEL + (int) Math.round(plotW * s.score() / 100) + 10, y + 42);
                }
            }
            // The pass mark: a total of 85 or more passes in every framework since FY2562. Labelled, so a
            // reader of the printed page knows what the red line is without a legend.
            int pass = LABEL + plotW * 85 / 100;
            g.setColor(new Color(0xc53030));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{12f, 8f}, 0f));
            g.drawLine(pass, TOP - 10, pass, bottom);
            g.setFont(BASE.deriveFont(28f));
            String mark = digits.apply(lang.pick("เกณฑ์ผ่าน 85", "pass mark 85"));
            int markWidth = g.getFontMetrics().stringWidth(mark);
            g.drawString(mark, Math.min(pass - markWidth / 2, WIDTH - markWidth - 10), TOP - 20);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font load() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ExportFonts.REGULAR.bytes()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled Thai font cannot be read", e);
        }
    }
}
