package th.ita.insight.dashboard.planner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanRepositoryTest {

    @Test
    void a_recommended_measure_added_many_times_at_once_is_one_item(@TempDir Path dir) throws Exception {
        try (PlanStore store = PlanStore.open(dir.resolve("plans.duckdb"))) {
            PlanRepository plans = new PlanRepository(store);
            PlanDraft draft = new PlanDraft("เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", List.of("i12"), "", "", "", null, null,
                    null, PlanStatus.values()[0], "", List.of());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Long>> adds = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    adds.add(() -> plans.create("officer", "sao-91-5e4884b1", 2566, "M07", "ธีม", "theme", draft).id());
                }
                List<Long> ids = new ArrayList<>();
                for (Future<Long> f : pool.invokeAll(adds)) {
                    ids.add(f.get());
                }
                assertEquals(1, ids.stream().distinct().count(), "every add answers with the same item: " + ids);
                assertEquals(1, plans.list("sao-91-5e4884b1", 2566).size());
            } finally {
                pool.shutdown();
            }
            // An agency's own measures (no measure id) are never merged.
            plans.create("officer", "sao-91-5e4884b1", 2566, null, null, null, draft);
            plans.create("officer", "sao-91-5e4884b1", 2566, null, null, null, draft);
            assertEquals(3, plans.list("sao-91-5e4884b1", 2566).size());
        }
    }
}
