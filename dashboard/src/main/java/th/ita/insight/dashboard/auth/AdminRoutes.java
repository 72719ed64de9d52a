package th.ita.insight.dashboard.auth;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import th.ita.insight.dashboard.planner.AuditLog;
import th.ita.insight.dashboard.planner.PlanStore;
import th.ita.insight.dashboard.planner.PlansBackup;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Optional;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The admin's page: the accounts, a form to add one (while the server holds the plans file), the latest audit
 * rows, and a consistent backup of the plans file to download (the CLI cannot read a file the server holds).
 */
public final class AdminRoutes {
    private AdminRoutes() {
    }

    public static void register(JavalinConfig config, UserRepository users, PlanStore store) {
        config.routes.get("/admin/users", ctx -> {
            Language lang = Lang.of(ctx);
            requireAdmin(ctx);
            ctx.html(page(ctx, lang, users.all(), AuditLog.recent(store, 50)));
        });
        config.routes.post("/admin/users", ctx -> {
            Language lang = Lang.of(ctx);
            User admin = requireAdmin(ctx);
            NewAccount account = new NewAccount(field(ctx, "name"), field(ctx, "role"), field(ctx, "agency"),
                    UserRepository.split(field(ctx, "provinces")), UserRepository.split(field(ctx, "types")),
                    Optional.ofNullable(ctx.formParam("password")).orElse(""));
            List<String[]> problems = account.problems();
            if (!problems.isEmpty()) {
                throw new BadRequest(String.join("; ", problems.stream().map(p -> p[0]).toList()),
                        String.join("; ", problems.stream().map(p -> p[1]).toList()));
            }
            users.add(admin.name(), account);
            ctx.redirect("/admin/users?lang=" + Layout.code(lang), HttpStatus.SEE_OTHER);
        });
        config.routes.get("/admin/backup", ctx -> {
            User admin = requireAdmin(ctx);
            // The copy holds every password hash: who took one is worth knowing.
            store.write(c -> {
                AuditLog.record(c, admin.name(), "plans.backup", "plans_file", store.file().getFileName().toString(), null, null, null);
                return null;
            });
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("ita-backup");
            java.nio.file.Path copy = folder.resolve("plans.duckdb");
            PlansBackup.write(store, copy);
            java.io.InputStream in = java.nio.file.Files.newInputStream(copy);
            // Unlinked while open: the stream still reads it, and nothing is left behind on disk.
            java.nio.file.Files.delete(copy);
            java.nio.file.Files.delete(folder);
            String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            ctx.header("Content-Disposition", "attachment; filename=\"plans-" + stamp + ".duckdb\"");
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/octet-stream").result(in);
        });
    }

    private static User requireAdmin(Context ctx) {
        User u = CurrentUser.require(ctx);
        if (!Access.canManageUsers(u)) {
            throw new Forbidden("เฉพาะผู้ดูแลระบบจัดการบัญชีได้", "only an administrator manages accounts");
        }
        return u;
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static String page(Context ctx, Language lang, List<User> users, List<AuditLog.Entry> audit) {
        StringBuilder h = Layout.open(lang.pick("จัดการบัญชีผู้ใช้", "Accounts"), lang, Layout.toggleHref(ctx, lang));
        h.append(UserBar.render(ctx, lang)).append("<h2>").append(lang.pick("บัญชีผู้ใช้", "Accounts")).append("</h2>")
                .append("<table id=\"users\"><thead><tr><th>").append(lang.pick("ชื่อบัญชี", "Name")).append("</th><th>")
                .append(lang.pick("บทบาท", "Role")).append("</th><th>").append(lang.pick("หน่วยงาน", "Agency")).append("</th><th>")
                .append(lang.pick("จังหวัด", "Provinces")).append("</th><th>").append(lang.pick("ประเภท", "Types"))
                .append("</th></tr></thead><tbody>");
        for (User u : users) {
            h.append("<tr><td>").append(escape(u.name())).append("</td><td>").append(escape(lang.pick(u.role().th, u.role().en)))
                    .append("</td><td>").append(escape(u.agencyId())).append("</td><td>").append(escape(String.join(", ", u.provinces())))
                    .append("</td><td>").append(escape(String.join(", ", u.agencyTypes()))).append("</td></tr>");
        }
        h.append("</tbody></table><p><a id=\"backup\" href=\"/admin/backup\">").append(lang.pick("ดาวน์โหลดสำเนาสำรองไฟล์แผน",
                "Download a backup of the plans file")).append("</a> (").append(lang.pick("กู้คืนด้วย ./ita restore",
                "restore it with ./ita restore")).append(")</p><h3>").append(lang.pick("เพิ่มบัญชี", "Add an account")).append("</h3>")
                .append("<form method=\"post\" action=\"/admin/users?lang=").append(Layout.code(lang)).append("\" class=\"stack\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(CurrentUser.csrf(ctx))).append("\">")
                .append(input(lang.pick("ชื่อบัญชี", "Name"), "name", "text"))
                .append("<label>").append(lang.pick("บทบาท", "Role")).append(" <select name=\"role\">");
        for (Role r : Role.values()) {
            h.append("<option value=\"").append(r.code()).append("\">").append(escape(lang.pick(r.th, r.en))).append("</option>");
        }
        h.append("</select></label>")
                .append(input(lang.pick("รหัสหน่วยงาน (เจ้าหน้าที่)", "Agency id (officer)"), "agency", "text"))
                .append(input(lang.pick("จังหวัด คั่นด้วย , (ผู้กำกับดูแล; * = ทั้งประเทศ)", "Provinces, comma-separated (overseer; * = all)"), "provinces", "text"))
                .append(input(lang.pick("ประเภทหน่วยงาน คั่นด้วย , (ผู้กำกับดูแล)", "Agency types, comma-separated (overseer)"), "types", "text"))
                .append(input(lang.pick("รหัสผ่าน (อย่างน้อย 10 ตัว)", "Password (10+ characters)"), "password", "password"))
                .append("<button type=\"submit\" id=\"add-user\">").append(lang.pick("เพิ่มบัญชี", "Add")).append("</button></form>");
        h.append("<h3>").append(lang.pick("บันทึกการเปลี่ยนแปลงล่าสุด", "Latest changes (audit log)")).append("</h3><table id=\"audit\"><thead><tr><th>")
                .append(lang.pick("เวลา", "When")).append("</th><th>").append(lang.pick("ผู้ทำ", "Who")).append("</th><th>")
                .append(lang.pick("การกระทำ", "What")).append("</th><th>").append(lang.pick("รายการ", "Record"))
                .append("</th></tr></thead><tbody>");
        for (AuditLog.Entry e : audit) {
            h.append("<tr><td>").append(escape(e.at())).append("</td><td>").append(escape(e.actor())).append("</td><td>")
                    .append(escape(e.action())).append("</td><td>").append(escape(e.entity() + " " + e.entityId()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        return Layout.close(h, false);
    }

    private static String input(String label, String name, String type) {
        return "<label>" + escape(label) + " <input name=\"" + name + "\" type=\"" + type + "\"></label>";
    }
}
