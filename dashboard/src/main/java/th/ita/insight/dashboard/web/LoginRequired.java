package th.ita.insight.dashboard.web;

/** The page needs a signed-in account: a person is sent to the login page, the API answers 401. */
public final class LoginRequired extends RuntimeException {
    public LoginRequired() {
        super("login required (ต้องเข้าสู่ระบบ)", null, false, false);
    }
}
