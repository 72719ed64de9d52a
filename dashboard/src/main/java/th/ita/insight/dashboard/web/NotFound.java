package th.ita.insight.dashboard.web;

/** Something the request names does not exist (an agency, a year of it): answered 404. */
public final class NotFound extends RuntimeException {
    private final String messageTh;

    public NotFound(String messageTh, String messageEn) {
        super(messageEn);
        this.messageTh = messageTh;
    }

    public String messageTh() {
        return messageTh;
    }
}
