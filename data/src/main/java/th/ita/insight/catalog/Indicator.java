package th.ita.insight.catalog;

/** One of the ten ITA indicators (ตัวชี้วัด) of a fiscal year, owned by exactly one tool. */
public record Indicator(int number, Tool tool, String nameTh, String nameEn) {
}
