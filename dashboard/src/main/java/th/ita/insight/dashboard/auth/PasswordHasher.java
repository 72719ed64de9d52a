package th.ita.insight.dashboard.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security's encoder over BouncyCastle's pure-Java Argon2, so no
 * native library): 16 MB, 2 passes, salt and parameters stored in the hash itself.
 */
public final class PasswordHasher {
    /** Below this a password is refused: the planner's accounts guard agencies' official plans. */
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Checked against when the account does not exist, so an unknown name costs as long as a wrong password. */
    private final String decoy = encoder.encode("decoy password that matches nothing");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Null when acceptable, else what is wrong (Thai, English). */
    public static String[] problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return new String[]{"รหัสผ่านต้องยาวอย่างน้อย " + MIN_LENGTH + " ตัวอักษร",
                    "the password needs at least " + MIN_LENGTH + " characters"};
        }
        if (password.length() > MAX_LENGTH) {
            return new String[]{"รหัสผ่านยาวเกิน " + MAX_LENGTH + " ตัวอักษร", "the password is longer than " + MAX_LENGTH + " characters"};
        }
        return null;
    }
}
