package th.ita.insight.ingest.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's pointer against the published database, after a batch killed between its rename and the pointer move. */
@Tag("reliability")
class CanonicalStorePointerTest {

    private static Path version(Path root, String runId, boolean complete) throws Exception {
        Path v = Files.createDirectories(root.resolve("v-" + runId).resolve("fiscal_year=2566"));
        Files.writeString(v.resolve("part-0.parquet"), "rows");
        if (complete) {
            Files.writeString(root.resolve("v-" + runId).resolve("_SUCCESS"), "");
        }
        return root.resolve("v-" + runId);
    }

    @Test
    void the_pointer_moves_to_the_version_the_published_file_was_built_from(@TempDir Path root) throws Exception {
        CanonicalStore store = new CanonicalStore(root);
        Path old = version(root, "old", true);
        Path published = version(root, "published", true);
        store.switchTo(old);

        assertTrue(store.adopt("published"));
        assertEquals(published, store.current().orElseThrow());
        assertFalse(store.adopt("published"), "already in force: nothing to do");
    }

    @Test
    void an_incomplete_or_unknown_version_is_never_put_in_force(@TempDir Path root) throws Exception {
        CanonicalStore store = new CanonicalStore(root);
        Path old = version(root, "old", true);
        version(root, "half-written", false);
        store.switchTo(old);

        assertFalse(store.adopt("half-written"));
        assertFalse(store.adopt("from-another-store"));
        assertEquals(old, store.current().orElseThrow());
    }
}
