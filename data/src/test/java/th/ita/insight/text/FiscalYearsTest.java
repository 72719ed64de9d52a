package th.ita.insight.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiscalYearsTest {

    @ParameterizedTest(name = "''{0}'' is FY{1}")
    @CsvSource(delimiter = '|', value = {
            "2566|2566", "๒๕๖๖|2566", "พ.ศ. 2566|2566", "FY2566|2566", "2023|2566", "2566.0|2566",
            "ปีงบประมาณ ๒๕๖๗|2567", "2568 |2568"})
    void be_and_ce_years_are_read_as_buddhist_era(String text, int expected) {
        assertEquals(expected, FiscalYears.parse(text).value());
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "66|TWO_DIGIT_YEAR", "๖๖|TWO_DIGIT_YEAR", "1800|YEAR_OUT_OF_RANGE", "2566/67|NOT_A_YEAR",
            "25666|NOT_A_YEAR", "'  '|EMPTY"})
    void ambiguous_years_are_refused_with_a_hint(String text, ValueProblem problem) {
        assertEquals(problem, FiscalYears.parse(text).problem());
    }
}
