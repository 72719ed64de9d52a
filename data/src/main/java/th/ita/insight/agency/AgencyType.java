package th.ita.insight.agency;

import th.ita.insight.text.ThaiNumbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of agency the NACC assesses, with the Thai labels and abbreviations inputs use.
 * Peer groups compare agencies of one type, so unknown types are refused rather than guessed.
 */
public enum AgencyType {
    SAO("อบต.", "องค์การบริหารส่วนตำบล", "Subdistrict Administrative Organization",
            List.of("อบต", "SAO", "TAO")),
    SUBDISTRICT_MUNICIPALITY("ทต.", "เทศบาลตำบล", "Subdistrict Municipality",
            List.of("ทต", "Tambon Municipality")),
    TOWN_MUNICIPALITY("ทม.", "เทศบาลเมือง", "Town Municipality", List.of("ทม")),
    CITY_MUNICIPALITY("ทน.", "เทศบาลนคร", "City Municipality", List.of("ทน")),
    PAO("อบจ.", "องค์การบริหารส่วนจังหวัด", "Provincial Administrative Organization", List.of("อบจ")),
    SPECIAL_LOCAL("ท้องถิ่นรูปแบบพิเศษ", "องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ", "Special Local Administration",
            List.of("ราชการส่วนท้องถิ่นรูปแบบพิเศษ", "special local administration", "เมืองพัทยา", "กรุงเทพมหานคร")),
    DEPARTMENT("กรม", "หน่วยงานระดับกรมหรือเทียบเท่า", "Department-level Agency",
            List.of("ส่วนราชการระดับกรม", "department")),
    PROVINCE("จังหวัด", "จังหวัด", "Province (provincial administration)", List.of("province")),
    UNIVERSITY("สถาบันอุดมศึกษา", "สถาบันอุดมศึกษา", "Higher Education Institution",
            List.of("มหาวิทยาลัย", "university")),
    STATE_ENTERPRISE("รัฐวิสาหกิจ", "รัฐวิสาหกิจ", "State Enterprise", List.of("state enterprise")),
    PUBLIC_ORGANIZATION("องค์การมหาชน", "องค์การมหาชน", "Public Organization",
            List.of("public organization", "public organisation")),
    INDEPENDENT("องค์กรอิสระ", "องค์กรอิสระ", "Independent Organization",
            List.of("หน่วยงานอิสระ", "independent organization", "independent organisation", "independent agency")),
    COURT("ศาล", "หน่วยงานศาล", "Court", List.of("court")),
    PROSECUTION("อัยการ", "องค์กรอัยการ", "Prosecution Organization", List.of("prosecution organisation")),
    PARLIAMENT("รัฐสภา", "หน่วยงานสังกัดรัฐสภา", "Parliamentary Agency", List.of("parliament")),
    OTHER_STATE("หน่วยงานอื่นของรัฐ", "หน่วยงานอื่นของรัฐ", "Other State Agency",
            List.of("หน่วยงานของรัฐ", "other state agency"));

    private final String shortTh;
    private final String nameTh;
    private final String nameEn;
    private final List<String> aliases;

    AgencyType(String shortTh, String nameTh, String nameEn, List<String> aliases) {
        this.shortTh = shortTh;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.aliases = aliases;
    }

    /** The label officers write: อบต., ทต., กรม … */
    public String shortTh() {
        return shortTh;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** A stable lower-case code for ids and URLs: sao, pao, department … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a type as written in any input: short or full Thai, English, or our code. */
    public static Optional<AgencyType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (AgencyType type : values()) {
            if (key.equals(key(type.shortTh)) || key.equals(key(type.nameTh)) || key.equals(key(type.nameEn))
                    || key.equals(key(type.code())) || key.equals(key(type.name()))
                    || type.aliases.stream().anyMatch(a -> key.equals(key(a)))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Strips the type's own prefix from an agency name: "อบต.นาทอน" and "องค์การบริหารส่วนตำบลนาทอน" → "นาทอน". */
    public String coreName(String name) {
        String s = ThaiNumbers.arabicDigits(name).strip();
        for (String prefix : List.of(nameTh, shortTh, shortTh.replace(".", ""))) {
            if (!prefix.isEmpty() && s.startsWith(prefix) && s.length() > prefix.length()) {
                return s.substring(prefix.length()).strip();
            }
        }
        return s;
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
