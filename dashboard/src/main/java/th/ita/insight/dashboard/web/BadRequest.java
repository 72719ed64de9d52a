package th.ita.insight.dashboard.web;

/** A request the user can fix: answered 400 with this message, in the language they asked for. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
