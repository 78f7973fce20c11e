package nl.loket.accounts.web;

import org.jspecify.annotations.Nullable;

/** The new address someone wants to sign in with. */
record EmailChangeForm(@Nullable String newEmail) {

    static EmailChangeForm empty() {
        return new EmailChangeForm("");
    }

    String text() {
        return newEmail == null ? "" : newEmail.strip();
    }
}
