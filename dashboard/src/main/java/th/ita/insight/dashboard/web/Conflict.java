package th.ita.insight.dashboard.web;

/** Someone changed the record since the form was opened: answered 409 so no edit is silently lost. */
public final class Conflict extends RuntimeException {
    private final String messageTh;

    public Conflict(String messageTh, String messageEn) {
        super(messageEn);
        this.messageTh = messageTh;
    }

    public String messageTh() {
        return messageTh;
    }
}
