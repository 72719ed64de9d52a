package th.ita.insight.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.insight.catalog.Tool;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItemCodesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "i12|i12", "I12|i12", "i๑๒|i12", "e12.|e12", "E 3|e3", "O34|o34", "o.34|o34", "๐๓๔|o34",
            "๐๗|o7", "ข้อ i1|i1"})
    void codes_as_people_write_them(String text, String expected) {
        assertEquals(Optional.of(expected), ItemCodes.normalise(text));
    }

    @Test
    void a_bare_number_needs_the_tool_it_stands_under() {
        assertEquals(Optional.of("i12"), ItemCodes.normalise("ข้อ 12", Tool.IIT));
        assertEquals(Optional.of("e5"), ItemCodes.normalise("5", Tool.EIT));
        assertEquals(Optional.empty(), ItemCodes.normalise("ข้อ 12", null));
    }

    @Test
    void text_that_is_no_code_stays_unread() {
        assertEquals(Optional.empty(), ItemCodes.normalise("score"));
        assertEquals(Optional.empty(), ItemCodes.normalise("x12"));
        assertEquals(Optional.empty(), ItemCodes.normalise(""));
    }
}
