package th.ita.insight.sample;

import th.ita.insight.agency.AgencyType;
import th.ita.insight.agency.Province;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic nation of agencies in the proportions the NACC assesses (about 8,300 a year: mostly
 * subdistrict administrations and municipalities, one provincial administration and one provincial
 * office per province, some 150 departments, universities, state enterprises, public and independent
 * organisations). Names are made of common Thai place words, unique within a province and type.
 */
final class NationalAgencies {
    /** Share of the agencies that are not one-per-province, by type (ITA 2566 orders of magnitude). */
    private static final Map<AgencyType, Double> SHARES = new LinkedHashMap<>();
    private static final List<String> FIRST = List.of("บ้าน", "หนอง", "นา", "ท่า", "โนน", "ดอน", "บาง", "ห้วย", "คลอง", "วัง",
            "โคก", "ทุ่ง", "เขา", "แม่", "สระ", "ป่า", "บึง", "ลำ", "โพน", "หัว");
    private static final List<String> SECOND = List.of("ใหม่", "เหนือ", "ใต้", "กลาง", "ทอง", "แก้ว", "หลวง", "น้อย", "ใหญ่", "งาม",
            "สวรรค์", "เจริญ", "ศรี", "พัฒนา", "ไผ่", "แดง", "ขาม", "ยาง", "โพธิ์", "สะอาด", "ทราย", "ตะเคียน", "มะม่วง", "บัว",
            "ช้าง", "ม่วง", "ค้อ", "จาน", "เตย", "กุ่ม");
    private static final List<String> CENTRAL = List.of("ส่งเสริม", "พัฒนา", "กำกับ", "บริหาร", "คุ้มครอง", "ตรวจสอบ", "วิจัย",
            "บริการ", "ฟื้นฟู", "อนุรักษ์");
    private static final List<String> CENTRAL_OBJECT = List.of("การเกษตร", "ทรัพยากรน้ำ", "การค้า", "แรงงาน", "สุขภาพ", "การศึกษา",
            "ที่ดิน", "พลังงาน", "การท่องเที่ยว", "วัฒนธรรม", "ชุมชน", "การขนส่ง", "ป่าไม้", "อุตสาหกรรม", "ดิจิทัล");

    static {
        SHARES.put(AgencyType.SAO, 0.6355);
        SHARES.put(AgencyType.SUBDISTRICT_MUNICIPALITY, 0.2700);
        SHARES.put(AgencyType.TOWN_MUNICIPALITY, 0.0235);
        SHARES.put(AgencyType.CITY_MUNICIPALITY, 0.0040);
        SHARES.put(AgencyType.DEPARTMENT, 0.0190);
        SHARES.put(AgencyType.UNIVERSITY, 0.0100);
        SHARES.put(AgencyType.STATE_ENTERPRISE, 0.0060);
        SHARES.put(AgencyType.PUBLIC_ORGANIZATION, 0.0070);
        SHARES.put(AgencyType.INDEPENDENT, 0.0015);
    }

    private NationalAgencies() {
    }

    static List<SampleAgency> generate(int count, List<Province> provinces, Random random, int firstYear, int lastYear) {
        List<SampleAgency> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        // Provinces differ in size: a weight per province, fixed by the seed.
        double[] weight = new double[provinces.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.4 + random.nextDouble() * 1.6;
            sum += weight[i];
        }
        for (Province p : provinces) {
            if (out.size() + 2 > count) {
                break;
            }
            if (p.code().equals("10")) {
                out.add(agency("กรุงเทพมหานคร", AgencyType.SPECIAL_LOCAL, p.nameTh(), random, firstYear, lastYear));
            } else {
                out.add(agency("องค์การบริหารส่วนจังหวัด" + p.nameTh(), AgencyType.PAO, p.nameTh(), random, firstYear, lastYear));
                out.add(agency("จังหวัด" + p.nameTh(), AgencyType.PROVINCE, p.nameTh(), random, firstYear, lastYear));
            }
        }
        int rest = count - out.size();
        for (Map.Entry<AgencyType, Double> share : SHARES.entrySet()) {
            int n = (int) Math.round(rest * share.getValue());
            AgencyType type = share.getKey();
            boolean central = type.ordinal() >= AgencyType.DEPARTMENT.ordinal();
            for (int k = 0; k < n && out.size() < count; k++) {
                String province = central ? "" : pick(provinces, weight, sum, random).nameTh();
                String name;
                int attempt = 0;
                do {
                    name = central ? centralName(type, random, attempt) : type.nameTh() + FIRST.get(random.nextInt(FIRST.size()))
                            + SECOND.get(random.nextInt(SECOND.size())) + (attempt > 20 ? " " + (attempt - 20) : "");
                    attempt++;
                } while (!names.add(name + "|" + province));
                out.add(agency(name, type, province, random, firstYear, lastYear));
            }
        }
        while (out.size() < count) { // rounding: fill with subdistrict administrations
            Province p = pick(provinces, weight, sum, random);
            String name = AgencyType.SAO.nameTh() + "บ้าน" + SECOND.get(random.nextInt(SECOND.size())) + " " + out.size();
            if (names.add(name + "|" + p.nameTh())) {
                out.add(agency(name, AgencyType.SAO, p.nameTh(), random, firstYear, lastYear));
            }
        }
        return out;
    }

    private static SampleAgency agency(String name, AgencyType type, String province, Random random, int firstYear, int lastYear) {
        double typeEffect = switch (type) {
            case DEPARTMENT, UNIVERSITY, INDEPENDENT -> 3.0;
            case PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY -> 1.5;
            case SAO -> -1.0;
            default -> 0.0;
        };
        // About 3 % of agencies miss one year (not assessed, or results withheld).
        int missing = random.nextDouble() < 0.03 ? firstYear + random.nextInt(lastYear - firstYear + 1) : 0;
        return new SampleAgency(name, type, province, typeEffect + random.nextGaussian() * 5.0,
                0.4 + random.nextGaussian() * 0.9, missing);
    }

    private static String centralName(AgencyType type, Random random, int attempt) {
        String core = CENTRAL.get(random.nextInt(CENTRAL.size())) + CENTRAL_OBJECT.get(random.nextInt(CENTRAL_OBJECT.size()));
        String suffix = attempt > 20 ? " " + (attempt - 20) : "";
        return switch (type) {
            case DEPARTMENT -> "กรม" + core + suffix;
            case UNIVERSITY -> "มหาวิทยาลัย" + core + suffix;
            case STATE_ENTERPRISE -> "การ" + core + "แห่งประเทศไทย" + suffix;
            case PUBLIC_ORGANIZATION -> "สำนักงาน" + core + " (องค์การมหาชน)" + suffix;
            default -> "สำนักงานคณะกรรมการ" + core + suffix;
        };
    }

    private static Province pick(List<Province> provinces, double[] weight, double sum, Random random) {
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weight.length; i++) {
            r -= weight[i];
            if (r <= 0) {
                return provinces.get(i);
            }
        }
        return provinces.get(provinces.size() - 1);
    }
}
