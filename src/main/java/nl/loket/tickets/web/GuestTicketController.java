package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import nl.loket.tickets.TicketAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return pages.reply(
                number,
                new TicketAccess.Key(key),
                base(number),
                key,
                text,
                files == null ? List.of() : files,
                response,
                model,
                redirect);
    }

    @GetMapping("/attachments/{id:\\d{1,18}}")
    ResponseEntity<Resource> attachment(
            @PathVariable String number, @PathVariable long id, @RequestParam(defaultValue = "") String key) {
        return pages.download(number, new TicketAccess.Key(key), id);
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
