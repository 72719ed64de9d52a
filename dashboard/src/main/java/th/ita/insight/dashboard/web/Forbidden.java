package th.ita.insight.dashboard.web;

/** The signed-in account may not do this (another agency's plan, a page for admins): answered 403. */
public final class Forbidden extends RuntimeException {
    private final String messageTh;

    public Forbidden(String messageTh, String messageEn) {
        super(messageEn);
        this.messageTh = messageTh;
    }

    public String messageTh() {
        return messageTh;
    }
}
