package th.ita.insight.dashboard.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An account to create, as typed on the command line or the admin page, checked before anything is
 * written: a name of letters, digits and . _ -, a role, the officer's agency, the overseer's scope.
 */
public record NewAccount(String name, String role, String agencyId, Set<String> provinces, Set<String> agencyTypes,
                         String password) {

    /** What is wrong, one Thai/English pair per problem; empty when the account can be created. */
    public List<String[]> problems() {
        List<String[]> out = new ArrayList<>();
        if (name == null || !name.matches("[A-Za-z0-9._@-]{3,64}")) {
            out.add(new String[]{"ชื่อบัญชีต้องเป็นอักษรอังกฤษ ตัวเลข หรือ . _ @ - ยาว 3–64 ตัว",
                    "the account name must be 3–64 letters, digits or . _ @ -"});
        }
        Role r = Role.parse(role).orElse(null);
        if (r == null) {
            out.add(new String[]{"บทบาทต้องเป็น admin, overseer หรือ officer", "the role must be admin, overseer or officer"});
        } else if (r == Role.OFFICER && (agencyId == null || agencyId.isBlank())) {
            out.add(new String[]{"เจ้าหน้าที่หน่วยงานต้องระบุรหัสหน่วยงาน (--agency)", "an officer needs an agency id (--agency)"});
        } else if (r != Role.OFFICER && agencyId != null && !agencyId.isBlank()) {
            out.add(new String[]{"ระบุหน่วยงานได้เฉพาะบทบาท officer", "only an officer has an agency"});
        } else if (r == Role.OVERSEER && provinces.isEmpty() && agencyTypes.isEmpty()) {
            out.add(new String[]{"ผู้กำกับดูแลต้องระบุจังหวัด (--provinces) หรือประเภทหน่วยงาน (--types); ทั้งประเทศใช้ '*'",
                    "an overseer needs provinces (--provinces) or agency types (--types); '*' for the whole country"});
        } else if (r != Role.OVERSEER && (!provinces.isEmpty() || !agencyTypes.isEmpty())) {
            out.add(new String[]{"ระบุจังหวัดหรือประเภทได้เฉพาะบทบาท overseer", "only an overseer has provinces or types"});
        }
        String[] pw = PasswordHasher.problem(password);
        if (pw != null) {
            out.add(pw);
        }
        return out;
    }

    public User user() {
        return new User(name, Role.parse(role).orElseThrow(), agencyId == null || agencyId.isBlank() ? null : agencyId.strip(),
                provinces, agencyTypes);
    }
}
