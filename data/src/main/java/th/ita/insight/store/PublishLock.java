package th.ita.insight.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lets one writer at a time (a batch run, a survey) publish a database, and clears what a killed writer
 * left beside it. The lock is an OS file lock on {@code .<db>.lock}: the kernel drops it when its
 * process dies, even by {@code kill -9}, so a crash never leaves the database locked. Holding it, no
 * other writer is running, so every {@code .<db>.publish-*} file and {@code .<db>.staging-*} folder
 * still there is a dead writer's half-built publish (up to the database's size each) and is deleted.
 */
public final class PublishLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws Busy when another writer holds the lock now */
    public static PublishLock acquire(Path db) throws IOException {
        Path target = db.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        FileChannel channel = FileChannel.open(target.resolveSibling("." + target.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very JVM (two runs in one process): as busy as another process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new Busy(target);
        }
        PublishLock held = new PublishLock(channel, lock);
        try {
            deleteLeftovers(target);
        } catch (IOException | RuntimeException e) {
            held.close();
            throw e;
        }
        return held;
    }

    private static void deleteLeftovers(Path target) throws IOException {
        String publish = "." + target.getFileName() + ".publish-";
        String staging = "." + target.getFileName() + ".staging-";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(publish)
                    || p.getFileName().toString().startsWith(staging)).toList();
        }
        for (Path leftover : leftovers) {
            try (Stream<Path> walk = Files.walk(leftover)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another batch run or survey is publishing the same database right now. */
    public static final class Busy extends IOException {
        private final transient Path db;

        Busy(Path db) {
            super("another './ita run' or './ita survey' is publishing " + db + " now: wait for it to finish, then run again");
            this.db = db;
        }

        public String messageTh() {
            return "มีการประมวลผล ('./ita run' หรือ './ita survey') กำลังเผยแพร่ " + db + " อยู่ รอให้เสร็จแล้วสั่งใหม่";
        }
    }
}
