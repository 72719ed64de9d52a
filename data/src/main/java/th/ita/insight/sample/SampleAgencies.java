package th.ita.insight.sample;

import java.util.List;

import static th.ita.insight.agency.AgencyType.CITY_MUNICIPALITY;
import static th.ita.insight.agency.AgencyType.DEPARTMENT;
import static th.ita.insight.agency.AgencyType.PAO;
import static th.ita.insight.agency.AgencyType.SAO;
import static th.ita.insight.agency.AgencyType.SUBDISTRICT_MUNICIPALITY;
import static th.ita.insight.agency.AgencyType.TOWN_MUNICIPALITY;

/**
 * The 45 agencies of the bundled sample: the five seed agencies and one published municipality with
 * their real names, the rest real place names with synthetic scores (see data/sample/README.md).
 */
final class SampleAgencies {
    static final List<SampleAgency> ALL = List.of(
            SampleAgency.of("องค์การบริหารส่วนตำบลนาทอน", SAO, "สตูล", 4.0, 0.8),
            SampleAgency.of("องค์การบริหารส่วนตำบลขอนคลาน", SAO, "สตูล", -2.0, 1.5),
            SampleAgency.of("องค์การบริหารส่วนตำบลทุ่งบุหลัง", SAO, "สตูล", -9.0, 2.5),
            SampleAgency.of("เทศบาลตำบลทุ่งหว้า", SUBDISTRICT_MUNICIPALITY, "สตูล", 1.0, 0.0),
            SampleAgency.of("เทศบาลเมืองสตูล", TOWN_MUNICIPALITY, "สตูล", 3.0, 0.3),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดสตูล", PAO, "สตูล", 2.0, 0.5),

            SampleAgency.of("องค์การบริหารส่วนตำบลนาโสม", SAO, "ลพบุรี", 3.0, 0.6),
            SampleAgency.of("องค์การบริหารส่วนตำบลท่าวุ้ง", SAO, "ลพบุรี", -4.0, 0.0),
            SampleAgency.of("องค์การบริหารส่วนตำบลโพตลาดแก้ว", SAO, "ลพบุรี", -12.0, 3.5),
            SampleAgency.of("เทศบาลตำบลท่าวุ้ง", SUBDISTRICT_MUNICIPALITY, "ลพบุรี", 0.0, -1.5),
            SampleAgency.of("เทศบาลเมืองลพบุรี", TOWN_MUNICIPALITY, "ลพบุรี", 2.5, 0.2),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดลพบุรี", PAO, "ลพบุรี", 1.5, 0.4),

            SampleAgency.of("องค์การบริหารส่วนตำบลหนองหลวง", SAO, "สุรินทร์", 2.0, 1.2),
            SampleAgency.of("องค์การบริหารส่วนตำบลเมืองที", SAO, "สุรินทร์", -6.0, 0.5),
            SampleAgency.of("องค์การบริหารส่วนตำบลนาบัว", SAO, "สุรินทร์", -16.0, 4.5),
            SampleAgency.of("เทศบาลตำบลท่าตูม", SUBDISTRICT_MUNICIPALITY, "สุรินทร์", -1.0, 0.0),
            SampleAgency.of("เทศบาลเมืองสุรินทร์", TOWN_MUNICIPALITY, "สุรินทร์", 1.0, -0.5),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดสุรินทร์", PAO, "สุรินทร์", 0.5, 0.5),

            SampleAgency.of("เทศบาลตำบลหนองขอนกว้าง", SUBDISTRICT_MUNICIPALITY, "อุดรธานี", -3.0, 0.4),
            SampleAgency.of("องค์การบริหารส่วนตำบลหนองไผ่", SAO, "อุดรธานี", -5.0, 1.0),
            SampleAgency.of("องค์การบริหารส่วนตำบลบ้านเลื่อม", SAO, "อุดรธานี", 0.0, 0.0),
            SampleAgency.of("เทศบาลตำบลหนองสำโรง", SUBDISTRICT_MUNICIPALITY, "อุดรธานี", -7.0, -2.0),
            SampleAgency.of("เทศบาลนครอุดรธานี", CITY_MUNICIPALITY, "อุดรธานี", 2.0, 0.3),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดอุดรธานี", PAO, "อุดรธานี", 1.0, 0.6),

            SampleAgency.of("องค์การบริหารส่วนตำบลรางจรเข้", SAO, "พระนครศรีอยุธยา", 3.5, 0.7),
            SampleAgency.of("องค์การบริหารส่วนตำบลบ้านป้อม", SAO, "พระนครศรีอยุธยา", -3.0, 0.2),
            SampleAgency.of("องค์การบริหารส่วนตำบลคลองสระบัว", SAO, "พระนครศรีอยุธยา", -8.0, -1.8),
            SampleAgency.of("เทศบาลตำบลบางปะหัน", SUBDISTRICT_MUNICIPALITY, "พระนครศรีอยุธยา", 0.5, 0.0),
            SampleAgency.of("เทศบาลเมืองอโยธยา", TOWN_MUNICIPALITY, "พระนครศรีอยุธยา", 2.0, 0.1),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดพระนครศรีอยุธยา", PAO, "พระนครศรีอยุธยา", 1.0, 0.2),

            SampleAgency.of("องค์การบริหารส่วนตำบลออนใต้", SAO, "เชียงใหม่", -1.0, 0.9),
            new SampleAgency("องค์การบริหารส่วนตำบลแม่แฝก", SAO, "เชียงใหม่", -4.0, 1.0, 2566),
            SampleAgency.of("เทศบาลตำบลท่าเดื่อ-มืดกา", SUBDISTRICT_MUNICIPALITY, "เชียงใหม่", 1.0, 1.0),
            SampleAgency.of("เทศบาลตำบลสุเทพ", SUBDISTRICT_MUNICIPALITY, "เชียงใหม่", 0.0, -0.8),
            SampleAgency.of("เทศบาลนครเชียงใหม่", CITY_MUNICIPALITY, "เชียงใหม่", 1.5, 0.0),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดเชียงใหม่", PAO, "เชียงใหม่", 2.5, 0.3),

            SampleAgency.of("องค์การบริหารส่วนตำบลหนองรี", SAO, "ชลบุรี", -2.5, 0.5),
            SampleAgency.of("องค์การบริหารส่วนตำบลบางพระ", SAO, "ชลบุรี", -10.0, 0.0),
            SampleAgency.of("เทศบาลตำบลบางพระ", SUBDISTRICT_MUNICIPALITY, "ชลบุรี", 0.0, 0.5),
            SampleAgency.of("เทศบาลเมืองชลบุรี", TOWN_MUNICIPALITY, "ชลบุรี", 5.0, -5.5),
            SampleAgency.of("องค์การบริหารส่วนจังหวัดชลบุรี", PAO, "ชลบุรี", 2.0, 0.2),

            SampleAgency.of("กรมที่ดิน", DEPARTMENT, "", 5.5, 0.2),
            SampleAgency.of("กรมการปกครอง", DEPARTMENT, "", 4.5, 0.3),
            SampleAgency.of("กรมส่งเสริมการปกครองท้องถิ่น", DEPARTMENT, "", 3.0, 0.8),
            SampleAgency.of("กรมบัญชีกลาง", DEPARTMENT, "", 6.0, 0.0));

    private SampleAgencies() {
    }
}
