package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.loket.tickets.TicketAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket by its private link, {@code /tickets/{number}?key=…}: for guests, and for anyone who has
 * the link from a mail. A wrong key and a wrong number both answer 404, alike.
 */
@Controller
@RequestMapping("/tickets/{number:\\d{4}-\\d{4}}")
class GuestTicketController {

    private final CustomerTicketPages pages;

    GuestTicketController(CustomerTicketPages pages) {
        this.pages = pages;
    }

    @GetMapping
    String show(@PathVariable String number, @RequestParam(defaultValue = "") String key, Model model) {
        return pages.show(number, new TicketAccess.Key(key), base(number), key, model);
    }

    @GetMapping("/received")
    String received(
            @PathVariable String number, @RequestParam(defaultValue = "") String key, Locale locale, Model model) {
        return pages.received(number, new TicketAccess.Key(key), base(number), key, locale, model);
    }

    @PostMapping("/reply")
    String reply(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String text,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return pages.reply(number, new TicketAccess.Key(key), base(number), key, text, response, model, redirect);
    }

    @PostMapping("/close")
    String close(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String from,
            Model model,
            RedirectAttributes redirect) {
        return pages.close(
                number, new TicketAccess.Key(key), base(number), key, "confirmation".equals(from), model, redirect);
    }

    private static String base(String number) {
        return "/tickets/" + number;
    }
}
