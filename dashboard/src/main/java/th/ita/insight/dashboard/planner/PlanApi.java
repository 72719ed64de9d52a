package th.ita.insight.dashboard.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's JSON API (docs/api.md#planner): the same rules and checks as the forms; state changes
 * carry the session cookie and the CSRF token in the X-CSRF-Token header.
 */
final class PlanApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanApi() {
    }

    static void register(JavalinConfig config, PlanGuard guard, PlanEdits edits, PlanRepository plans, AnalyticsFacts facts) {
        config.routes.get("/api/agencies/{id}/plans", ctx -> {
            Lang.of(ctx);
            PlanGuard.Request r = guard.read(ctx);
            int year = guard.year(ctx, r, null);
            List<PlanItem> items = plans.list(r.agencyId(), year);
            Map<Long, List<PlanNote>> notes = plans.notes(items);
            AnalyticsFacts.PlanCatalog catalog = facts.catalogFor(year + 1);
            List<Map<String, Object>> out = new ArrayList<>();
            for (PlanItem i : items) {
                out.add(describe(i, notes.getOrDefault(i.id(), List.of()), catalog));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("agency_id", r.agencyId());
            answer.put("base_year", year);
            answer.put("plan_year", year + 1);
            answer.put("catalog_year", catalog.year());
            answer.put("can_edit", r.canEdit());
            answer.put("items", out);
            ctx.json(answer);
        });
        config.routes.post("/api/agencies/{id}/plans", ctx -> {
            Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            Map<String, String> body = body(ctx);
            int year = guard.year(ctx, r, body.get("year"));
            String measure = body.get("measure_id");
            PlanItem item = measure != null && !measure.isBlank()
                    ? edits.addRecommended(r.user().name(), r.agencyId(), year, measure.strip())
                    : edits.addFree(r.user().name(), r.agencyId(), year, body);
            ctx.status(HttpStatus.CREATED).json(describe(item, List.of(), facts.catalogFor(item.planYear())));
        });
        config.routes.put("/api/agencies/{id}/plans/{pid}", ctx -> {
            Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            PlanItem item = guard.item(ctx, r);
            Map<String, String> body = body(ctx);
            PlanItem saved = edits.update(r.user().name(), item, body.get("version"), body);
            ctx.json(describe(saved, plans.notes(List.of(saved)).getOrDefault(saved.id(), List.of()), facts.catalogFor(saved.planYear())));
        });
        config.routes.post("/api/agencies/{id}/plans/{pid}/notes", ctx -> {
            Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            PlanItem item = guard.item(ctx, r);
            Map<String, String> body = body(ctx);
            ctx.status(HttpStatus.CREATED).json(edits.addNote(r.user().name(), item, body.get("noted_on"), body.get("text")).describe());
        });
    }

    private static Map<String, Object> describe(PlanItem i, List<PlanNote> notes, AnalyticsFacts.PlanCatalog catalog) {
        Map<String, Object> m = i.describe();
        m.put("vanished_items", PlanFlags.vanished(i.draft(), catalog.codes()));
        m.put("notes", notes.stream().map(PlanNote::describe).toList());
        m.put("updated_by", i.updatedBy());
        m.put("updated_at", i.updatedAt());
        return m;
    }

    /** A JSON object's fields as the form's strings: lists of codes or links may come as arrays. */
    private static Map<String, String> body(Context ctx) {
        JsonNode root;
        try {
            root = JSON.readTree(ctx.body());
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("เนื้อหาคำขอต้องเป็นออบเจกต์ JSON", "the request body must be a JSON object");
        }
        Map<String, String> out = new HashMap<>();
        root.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.asText()));
                out.put(e.getKey(), String.join("\n", parts));
            } else if (!v.isNull()) {
                out.put(e.getKey(), v.asText());
            }
        });
        return out;
    }
}
