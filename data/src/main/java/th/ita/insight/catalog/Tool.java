package th.ita.insight.catalog;

import java.util.Locale;
import java.util.Optional;

/** The three ITA assessment tools, each scored by its own kind of respondent or check. */
public enum Tool {
    IIT("i", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "Internal Integrity and Transparency Assessment"),
    EIT("e", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "External Integrity and Transparency Assessment"),
    OIT("o", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open Data Integrity and Transparency Assessment");

    private final String codePrefix;
    private final String nameTh;
    private final String nameEn;

    Tool(String codePrefix, String nameTh, String nameEn) {
        this.codePrefix = codePrefix;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    /** The letter that starts this tool's item codes: i12, e3, o34. */
    public String codePrefix() {
        return codePrefix;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Reads "IIT", "iit", " OIT " ; empty when the text names no tool. */
    public static Optional<Tool> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Tool tool : values()) {
            if (tool.name().equals(t)) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }

    /** The tool whose items start with this code's letter (i12 → IIT). */
    public static Optional<Tool> ofItemCode(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        String first = code.substring(0, 1).toLowerCase(Locale.ROOT);
        for (Tool tool : values()) {
            if (tool.codePrefix.equals(first)) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }
}
