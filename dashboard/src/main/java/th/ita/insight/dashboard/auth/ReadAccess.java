package th.ita.insight.dashboard.auth;

/** Who may read the analytics pages: everyone (the default), or only signed-in accounts. Plans always need an account. */
public enum ReadAccess {
    OPEN, LOGIN
}
