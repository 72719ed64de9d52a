package th.ita.insight.ingest.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The named columns an input may carry, with the header spellings (Thai and English) that mean them. */
public enum Field {
    AGENCY_ID(List.of("agency_id", "agency_code", "id", "รหัสหน่วยงาน", "รหัส")),
    AGENCY_NAME(List.of("agency_name", "agency", "name", "name_th", "ชื่อหน่วยงาน", "หน่วยงาน", "ชื่อ")),
    AGENCY_TYPE(List.of("agency_type", "type", "ประเภทหน่วยงาน", "ประเภท", "กลุ่มหน่วยงาน")),
    PROVINCE(List.of("province", "จังหวัด")),
    FISCAL_YEAR(List.of("fiscal_year", "year", "fy", "ปีงบประมาณ", "ปี", "ปีงบประมาณพ.ศ.", "พ.ศ.")),
    TOOL(List.of("tool", "เครื่องมือ", "แบบ", "แบบวัด")),
    INDICATOR(List.of("indicator", "ตัวชี้วัด", "ตัวชี้วัดที่")),
    QUESTION(List.of("question", "item", "question_code", "ข้อ", "ข้อคำถาม", "รหัสข้อ", "รหัสข้อคำถาม")),
    SCORE(List.of("score", "คะแนน", "ผลคะแนน")),
    /** A wide file's total column. */
    TOTAL(List.of("total", "ita", "ita_score", "คะแนนรวม", "คะแนนita", "ผลคะแนนita", "คะแนนผลการประเมิน")),
    /** The level as the source printed it: AA, ผ่าน, สูงมาก … */
    PUBLISHED_LABEL(List.of("published_label", "grade", "label", "level", "ระดับ", "ระดับผลการประเมิน",
            "ผลการประเมิน", "เกรด"));

    private final List<String> spellings;

    Field(List<String> spellings) {
        this.spellings = spellings;
    }

    /** The column name used in docs and reject reports. */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Field> ofHeader(String header) {
        String key = key(header);
        for (Field field : values()) {
            if (field.spellings.stream().anyMatch(s -> key(s).equals(key))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String key(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
