package th.ita.insight.agency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable agency ids for inputs that carry none: type + core name + province, so "อบต.นาทอน" and
 * "องค์การบริหารส่วนตำบลนาทอน" in สตูล get the same id in every year and every file.
 */
public final class AgencyIds {
    private AgencyIds() {
    }

    /** e.g. {@code sao-91-5e1c0a7b}: type code, province code ("00" when none), 8 hex digits of SHA-256. */
    public static String derive(AgencyType type, String name, Province province) {
        String typeCode = type == null ? "agency" : type.code();
        String core = type == null ? name.strip() : type.coreName(name);
        String provinceCode = province == null ? "00" : province.code();
        String key = typeCode + "|" + core.replaceAll("\\s+", "") + "|" + provinceCode;
        return typeCode + "-" + provinceCode + "-" + sha256(key).substring(0, 8);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
