package nl.loket.accounts;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.WebSession;

/** Accounts and small helpers the accounts tests share. */
final class AccountFixtures {

    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private AccountFixtures() {}

    /** An active account with a random (policy-proof) password. */
    record Holder(String email, String password) {}

    static Holder activeAccount(AccountManagement accounts, Role... roles) {
        var holder = new Holder("houder-" + UUID.randomUUID() + "@example.nl", "pw-" + UUID.randomUUID());
        accounts.createStaff(EmailAddress.of(holder.email()), "Houder", holder.password(), Set.of(roles));
        return holder;
    }

    static String uniqueAddress() {
        return "iemand-" + UUID.randomUUID() + "@example.nl";
    }

    /** The CSRF token of a page with a form, for a following POST in the same session. */
    static String csrfOf(WebSession session, String page) {
        var matcher = CSRF_FIELD.matcher(session.get(page).body());
        if (!matcher.find()) {
            throw new AssertionError(page + " has no CSRF token");
        }
        return matcher.group(1);
    }

    /** Whether the session reaches the signed-in security page (else it is sent to sign in). */
    static boolean signedIn(WebSession session) {
        return session.get("/portal/security").statusCode() == 200;
    }

    static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
