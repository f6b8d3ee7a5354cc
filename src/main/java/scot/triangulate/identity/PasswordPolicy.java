package scot.triangulate.identity;

/**
 * Passwords: at least 12 characters and at most 128 (NCSC advice favours length over composition
 * rules), and not only spaces.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("password.too-long");
        }
    }
}
