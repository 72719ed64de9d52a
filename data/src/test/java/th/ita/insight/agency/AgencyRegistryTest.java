package th.ita.insight.agency;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AgencyRegistryTest {
    private final ProvinceRegistry provinces = ProvinceRegistry.bundled();

    @Test
    void all_77_provinces_are_known_in_thai_and_english() {
        assertEquals(77, provinces.all().size());
        assertEquals("สตูล", provinces.find("Satun").orElseThrow().nameTh());
        assertEquals("south", provinces.find("สตูล").orElseThrow().region());
        assertEquals("พระนครศรีอยุธยา", provinces.find("อยุธยา").orElseThrow().nameTh());
        assertEquals("ชลบุรี", provinces.find("Chonburi").orElseThrow().nameTh());
        assertEquals("กรุงเทพมหานคร", provinces.find("กทม.").orElseThrow().nameTh());
        assertEquals("ลพบุรี", provinces.find("จังหวัดลพบุรี").orElseThrow().nameTh());
        assertEquals(Optional.empty(), provinces.find("Atlantis"));
    }

    @Test
    void agency_types_read_from_short_full_and_english_labels() {
        assertEquals(Optional.of(AgencyType.SAO), AgencyType.parse("อบต."));
        assertEquals(Optional.of(AgencyType.SAO), AgencyType.parse("องค์การบริหารส่วนตำบล"));
        assertEquals(Optional.of(AgencyType.SUBDISTRICT_MUNICIPALITY), AgencyType.parse("เทศบาลตำบล"));
        assertEquals(Optional.of(AgencyType.PAO), AgencyType.parse("Provincial Administrative Organization"));
        assertEquals(Optional.of(AgencyType.DEPARTMENT), AgencyType.parse("หน่วยงานระดับกรมหรือเทียบเท่า"));
        assertEquals(Optional.empty(), AgencyType.parse("ร้านค้า"));
    }

    @Test
    void the_derived_id_is_the_same_for_short_and_full_names_of_one_agency() {
        Province satun = provinces.find("สตูล").orElseThrow();
        String full = AgencyIds.derive(AgencyType.SAO, "องค์การบริหารส่วนตำบลนาทอน", satun);
        assertEquals(full, AgencyIds.derive(AgencyType.SAO, "อบต.นาทอน", satun));
        assertEquals(full, AgencyIds.derive(AgencyType.SAO, "อบต. นาทอน", satun));
        assertEquals("sao-91-", full.substring(0, 7));
        assertNotEquals(full, AgencyIds.derive(AgencyType.SUBDISTRICT_MUNICIPALITY, "นาทอน", satun));
        assertNotEquals(full, AgencyIds.derive(AgencyType.SAO, "นาทอน", provinces.find("ลพบุรี").orElseThrow()));
    }
}
