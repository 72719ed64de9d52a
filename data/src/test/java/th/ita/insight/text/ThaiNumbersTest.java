package th.ita.insight.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThaiNumbersTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "๙๙.๔๔|99.44",
            "๑๐๐.๐๐|100.0",
            " 95.5 |95.5",
            "95.50|95.5",
            "1,234.50|1234.5",
            "12,345|12345",
            "100|100.0",
            ".5|0.5",
            "-3|-3.0",
            "9 9.4 4|99.44",
            "\u00A097.75|97.75"})
    void numbers_as_thai_documents_write_them(String text, double expected) {
        Parsed<Double> p = ThaiNumbers.parse(text);
        assertEquals(null, p.problem());
        assertEquals(expected, p.value(), 1e-9);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "95,5|DECIMAL_COMMA",
            "๙๕,๕|DECIMAL_COMMA",
            "abc|NOT_A_NUMBER",
            "1/4/2566|NOT_A_NUMBER",
            "=A1*2|NOT_A_NUMBER",
            "12,34,5|NOT_A_NUMBER",
            "'   '|EMPTY"})
    void ambiguous_or_non_numeric_text_is_refused_with_a_reason(String text, ValueProblem problem) {
        assertEquals(problem, ThaiNumbers.parse(text).problem());
    }
}
