package nl.loket.accounts.web;

import org.springframework.ui.Model;

/** A page that only says something: a heading and a paragraph, both from {@code <key>.heading/.text}. */
final class Messages {

    private Messages() {}

    static String show(Model model, String key) {
        model.addAttribute("messageKey", key);
        return "accounts/message";
    }
}
