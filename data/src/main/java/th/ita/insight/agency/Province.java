package th.ita.insight.agency;

/** A Thai province (or Bangkok) with its official code, names and geographical region. */
public record Province(String code, String nameTh, String nameEn, String region, String regionTh) {
}
