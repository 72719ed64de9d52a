package th.ita.insight.dashboard.web;

import th.ita.insight.agency.AgencyType;
import th.ita.insight.text.Language;

import java.util.Arrays;
import java.util.Map;

/** How a peer group is named to a person: "จังหวัดสตูล", "หน่วยงานประเภท อบต.", "ภาคใต้". */
public final class GroupNames {
    private static final Map<String, String[]> REGIONS = Map.of(
            "central", new String[]{"ภาคกลาง", "Central"},
            "north", new String[]{"ภาคเหนือ", "North"},
            "northeast", new String[]{"ภาคตะวันออกเฉียงเหนือ", "Northeast"},
            "east", new String[]{"ภาคตะวันออก", "East"},
            "west", new String[]{"ภาคตะวันตก", "West"},
            "south", new String[]{"ภาคใต้", "South"});

    private static final th.ita.insight.agency.ProvinceRegistry PROVINCES = th.ita.insight.agency.ProvinceRegistry.bundled();

    private GroupNames() {
    }

    public static String of(String group, String key, Language lang) {
        return switch (group) {
            case "national" -> lang.pick("หน่วยงานทั้งประเทศ", "All agencies nationally");
            case "province" -> lang.pick("จังหวัด" + key, PROVINCES.find(key).map(p -> p.nameEn() + " province").orElse("Province " + key));
            case "region" -> {
                String[] names = REGIONS.get(key);
                yield names == null ? lang.pick("ภาค ", "Region ") + key : lang.pick(names[0], names[1] + " region");
            }
            default -> lang.pick("หน่วยงานประเภท ", "Agency type: ") + Arrays.stream(AgencyType.values())
                    .filter(t -> t.code().equals(key)).findFirst().map(t -> lang.pick(t.nameTh(), t.nameEn())).orElse(key);
        };
    }
}
