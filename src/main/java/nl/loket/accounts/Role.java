package nl.loket.accounts;

/**
 * What a person may do in Loket. Staff roles differ in which personal data they may see: support
 * agents see contact and technical data only.
 */
public enum Role {
    CUSTOMER,
    SUPPORT_AGENT,
    CUSTOMER_SERVICE,
    BILLING,
    KNOWLEDGE_EDITOR,
    ADMINISTRATOR;

    /** The Spring Security authority for this role, as used in {@code hasRole(...)} rules. */
    public String authority() {
        return "ROLE_" + name();
    }
}
