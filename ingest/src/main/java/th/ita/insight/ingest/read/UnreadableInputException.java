package th.ita.insight.ingest.read;

import java.nio.file.Path;

/**
 * A file that cannot be read at all (missing, binary, no recognisable header): the run stops with this
 * one line and publishes nothing.
 */
public class UnreadableInputException extends RuntimeException {
    private final String messageTh;

    public UnreadableInputException(Path file, String messageEn, String messageTh) {
        super(file + ": " + messageEn);
        this.messageTh = file + ": " + messageTh;
    }

    public UnreadableInputException(Path file, String messageEn, String messageTh, Throwable cause) {
        super(file + ": " + messageEn, cause);
        this.messageTh = file + ": " + messageTh;
    }

    public String messageTh() {
        return messageTh;
    }
}
