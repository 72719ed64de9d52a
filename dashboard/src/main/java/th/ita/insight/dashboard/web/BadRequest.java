package th.ita.insight.dashboard.web;

/** A request the user can fix: answered 400 with the message in the language they asked for. */
public final class BadRequest extends RuntimeException {
    private final String messageTh;

    public BadRequest(String messageTh, String messageEn) {
        super(messageEn);
        this.messageTh = messageTh;
    }

    /** Bilingual when the language itself could not be read. */
    public BadRequest(String message) {
        this(message, message);
    }

    public String messageTh() {
        return messageTh;
    }
}
