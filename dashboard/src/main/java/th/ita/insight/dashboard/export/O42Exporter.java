package th.ita.insight.dashboard.export;

import th.ita.insight.text.Language;

import java.io.IOException;
import java.util.List;

/** Turns an o42 report into a DOCX or PDF file: chart, layout, writer. */
final class O42Exporter {
    private O42Exporter() {
    }

    static byte[] export(O42Report report, ExportFormat format, Language lang, Digits digits) throws IOException {
        byte[] chart = IndicatorChart.png(report.scores().indicators(), lang, digits);
        List<Block> blocks = O42Layout.layout(report, chart, IndicatorChart.WIDTH,
                IndicatorChart.height(report.scores().indicators().size()), lang, digits);
        String title = lang.pick("การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ ", "ITA results analysis FY") + report.year()
                + " " + report.agency().nameTh();
        String language = lang == Language.TH ? "th-TH" : "en-GB";
        return switch (format) {
            case DOCX -> DocxWriter.write(blocks, title, language);
            case PDF -> PdfWriter.write(blocks, title, language, digits);
            default -> throw new IllegalArgumentException("o42 is written as DOCX or PDF, not " + format);
        };
    }
}
