package scot.triangulate.identity;

/** Roles a person holds across the installation, not tied to one partnership. */
public enum AccountRole {
    ADMINISTRATOR,
    INSPECTOR,
    NATIONAL_ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
