package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.dashboard.planner.AnalyticsFacts;
import th.ita.insight.dashboard.planner.PlanDraft;
import th.ita.insight.dashboard.planner.PlanItem;
import th.ita.insight.dashboard.planner.PlanNote;
import th.ita.insight.dashboard.planner.PlanStatus;
import th.ita.insight.dashboard.planner.ThaiDates;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No document of the sample carries a note meant for us (DESIGN §9.5): the PDF's text and the DOCX's
 * XML of the o42, its self-assessment variant and the o43 are searched for words only such a note uses;
 * the notes go to the "before you submit" list instead. Each search first finds a planted note (§9.8).
 */
class NoNotesInDocumentsTest {
    /** The remark the measures catalog once carried in M14's steps. */
    private static final String PLANTED = "(เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT ข้อที่ตรงกันคือ o23–o25)";
    private static SampleReports sample;

    @BeforeAll
    static void open() {
        sample = new SampleReports();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void the_search_finds_a_planted_note_in_the_pdf_text_and_the_docx_xml() throws Exception {
        List<Block> planted = List.of(new Block.Text(Block.Style.NOTE, "หมายเหตุ: ไม่มีข้อ o34, o35 ในแบบประเมินปี 2568"),
                new Block.Text(Block.Style.BODY, "เปิดเผยหลักเกณฑ์ " + PLANTED));
        assertEquals(List.of("เอกสารต้นแบบ", "หมายเหตุ", "ไม่ได้ระบุรหัส"),
                ExportedText.forbidden(String.join("\n", ExportedText.pdfLines(PdfWriter.write(planted, "t", "th-TH", Digits.ARABIC)))));
        assertEquals(List.of("เอกสารต้นแบบ", "หมายเหตุ", "ไม่ได้ระบุรหัส"),
                ExportedText.forbidden(ExportedText.docxXml(DocxWriter.write(planted, "t", "th-TH"))));
    }

    @Test
    void no_o42_of_the_sample_in_either_language_carries_a_note_meant_for_us() throws Exception {
        for (Object[] ay : sample.agencyYears()) {
            O42Report r = sample.report((String) ay[0], (Integer) ay[1]);
            for (Language lang : Language.values()) {
                StringBuilder text = new StringBuilder();
                for (Block b : O42Layout.layout(r, new byte[0], 1, 1, lang, Digits.ARABIC)) {
                    if (b instanceof Block.Text t) {
                        text.append(t.text()).append('\n');
                    } else if (b instanceof Block.Table t) {
                        t.rows().forEach(row -> text.append(String.join("\n", row)).append('\n'));
                    }
                }
                assertEquals(List.of(), ExportedText.forbidden(text.toString()), ay[0] + " FY" + ay[1] + " " + lang);
            }
        }
    }

    @Test
    void the_exported_files_carry_no_note_even_when_a_measure_text_has_one() throws Exception {
        O42Report nathon = withPlantedNote(sample.report(SampleReports.NATHON, 2566));
        String[] newest = sample.fy2568();
        O42Report fy2568 = sample.report(newest[0], Integer.parseInt(newest[1]));
        O42Report self = new O42Report(nathon.agency(), nathon.year(), nathon.scores(), nathon.themes(), ReportSource.SELF,
                nathon.answers());
        for (O42Report r : List.of(nathon, fy2568, self)) {
            for (Language lang : Language.values()) {
                String which = r.agency().id() + " FY" + r.year() + " " + r.source() + " " + lang;
                assertEquals(List.of(), ExportedText.forbidden(String.join("\n",
                        ExportedText.pdfLines(O42Exporter.export(r, ExportFormat.PDF, lang, Digits.ARABIC)))), which + " PDF");
                assertEquals(List.of(), ExportedText.forbidden(ExportedText.docxXml(O42Exporter.export(r, ExportFormat.DOCX, lang,
                        Digits.THAI))), which + " DOCX");
            }
        }
        List<String> list = SubmitChecklist.o42(sample.rows, SampleReports.NATHON, 2566, nathon.themes()).stream()
                .map(SubmitChecklist.Note::th).toList();
        assertTrue(list.stream().anyMatch(n -> n.contains("เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT")), "the note goes to the list: " + list);
        String guessed = fy2568.themes().stream().flatMap(t -> t.measures().stream()).flatMap(m -> m.items().stream())
                .filter(i -> !i.textConfirmed()).map(WeakPoints.Item::code).findFirst().orElseThrow();
        List<String> newestList = SubmitChecklist.o42(sample.rows, newest[0], 2568, fy2568.themes()).stream()
                .map(SubmitChecklist.Note::th).toList();
        assertTrue(newestList.stream().anyMatch(n -> n.startsWith("ข้อ ") && n.contains(guessed) && n.contains("ยังไม่ได้ยืนยัน")),
                "unconfirmed wording is said on the page, not in the document: " + newestList);
    }

    @Test
    void the_o43_carries_no_note_and_its_list_names_the_items_the_newest_catalog_lacks() throws Exception {
        O42Report r = withPlantedNote(sample.report(SampleReports.NATHON, 2566));
        List<PlanItem> items = new ArrayList<>();
        for (WeakPoints.Theme t : r.themes()) {
            for (WeakPoints.Measure m : t.measures()) {
                List<String> codes = new ArrayList<>(m.items().stream().map(WeakPoints.Item::code).toList());
                codes.add("o34");
                items.add(new PlanItem(items.size() + 1, SampleReports.NATHON, 2566, m.measureId(), t.nameTh(), t.nameEn(),
                        new PlanDraft(m.titleTh(), codes, m.howTh(), m.responsibleTh(), "", ThaiDates.fiscalYearStart(2567),
                                ThaiDates.fiscalYearEnd(2567), 90.0, PlanStatus.IN_PROGRESS, "", List.of()), 1, "officer", "2026-01-01"));
            }
        }
        O43Layout.Content content = new O43Layout.Content(r, items, Map.of(1L, List.of(new PlanNote(1, 1,
                ThaiDates.fiscalYearStart(2567), "ประชุมชี้แจงบุคลากร", "officer"))), new AnalyticsFacts(sample.rows).places(2566));
        for (O43Grouping g : O43Grouping.values()) {
            List<Block> blocks = O43Layout.layout(content, g, Language.TH, Digits.ARABIC);
            assertEquals(List.of(), ExportedText.forbidden(String.join("\n",
                    ExportedText.pdfLines(PdfWriter.write(blocks, "o43", "th-TH", Digits.ARABIC)))), g + " PDF");
            assertEquals(List.of(), ExportedText.forbidden(ExportedText.docxXml(DocxWriter.write(blocks, "o43", "th-TH"))), g + " DOCX");
        }
        List<String> list = SubmitChecklist.o43(items, new AnalyticsFacts.PlanCatalog(2568, Set.of("i7", "e13")))
                .stream().map(SubmitChecklist.Note::th).toList();
        assertTrue(list.stream().anyMatch(n -> n.contains("ไม่มีข้อ") && n.contains("o34") && n.contains("2568")), list.toString());
        assertTrue(list.stream().anyMatch(n -> n.contains("เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT")), list.toString());
    }

    /** The report with the remark M14's steps once had added to every measure's Thai and English steps. */
    static O42Report withPlantedNote(O42Report r) {
        List<WeakPoints.Theme> themes = new ArrayList<>();
        for (WeakPoints.Theme t : r.themes()) {
            List<WeakPoints.Measure> measures = t.measures().stream().map(m -> new WeakPoints.Measure(m.rank(), m.measureId(),
                    m.titleTh(), m.titleEn(), m.expectedGain(), m.oitRefs(), m.howTh() + " " + PLANTED,
                    m.howEn() + " (the seed names no OIT codes; the matching items are o23–o25)", m.responsibleTh(),
                    m.responsibleEn(), m.items())).toList();
            themes.add(new WeakPoints.Theme(t.number(), t.nameTh(), t.nameEn(), measures));
        }
        return new O42Report(r.agency(), r.year(), r.scores(), themes, r.source(), r.answers());
    }
}
