package th.ita.insight.catalog;

/** A catalog file that cannot be read or breaks one of the methodology's invariants. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
