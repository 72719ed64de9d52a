package th.ita.insight.agency;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All 77 provinces (registry/provinces.csv), found by Thai name, English name, alias or code. */
public final class ProvinceRegistry {
    private static volatile ProvinceRegistry bundled;

    private final List<Province> provinces;
    private final Map<String, Province> byKey;

    private ProvinceRegistry(List<Province> provinces, Map<String, Province> byKey) {
        this.provinces = List.copyOf(provinces);
        this.byKey = Map.copyOf(byKey);
    }

    public static ProvinceRegistry bundled() {
        ProvinceRegistry result = bundled;
        if (result == null) {
            synchronized (ProvinceRegistry.class) {
                if (bundled == null) {
                    bundled = load();
                }
                result = bundled;
            }
        }
        return result;
    }

    private static ProvinceRegistry load() {
        String name = "registry/provinces.csv";
        try (InputStream in = ProvinceRegistry.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<Province> provinces = new ArrayList<>();
            Map<String, Province> byKey = new HashMap<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                Province p = new Province(r.get("code"), r.get("name_th"), r.get("name_en"), r.get("region"),
                        r.get("region_th"));
                provinces.add(p);
                for (String key : List.of(p.code(), p.nameTh(), p.nameEn(), "จังหวัด" + p.nameTh(),
                        "จ." + p.nameTh())) {
                    byKey.put(key(key), p);
                }
                for (String alias : r.get("aliases").split("\\|")) {
                    if (!alias.isBlank()) {
                        byKey.put(key(alias), p);
                    }
                }
            }
            return new ProvinceRegistry(provinces, byKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    public Optional<Province> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(text)));
    }

    public List<Province> all() {
        return provinces;
    }

    /** Case, spaces, hyphens and the "จังหวัด" prefix do not matter: "chon buri" = "Chonburi" = "จ.ชลบุรี". */
    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]", "").replace("province", "");
    }
}
