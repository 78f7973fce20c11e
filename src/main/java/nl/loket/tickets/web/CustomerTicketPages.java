package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import nl.loket.shared.Language;
import nl.loket.tickets.AttachmentsRefused;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.attachments.AttachmentDownloads;
import nl.loket.tickets.attachments.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the guest's private page and the portal's ticket page share: the conversation (staff as the
 * team), the reply form and "close my question". The two differ only in how access is proven and
 * where their forms post to.
 */
@Component
class CustomerTicketPages {

    static final String PAGE = "tickets/ticket";
    static final int MAX_REPLY = TicketForm.MAX_MESSAGE;

    private final TicketDesk desk;
    private final Suggestions suggestions;
    private final DeflectionFunnel funnel;
    private final AttachmentDownloads downloads;

    CustomerTicketPages(
            TicketDesk desk, Suggestions suggestions, DeflectionFunnel funnel, AttachmentDownloads downloads) {
        this.desk = desk;
        this.downloads = downloads;
        this.suggestions = suggestions;
        this.funnel = funnel;
    }

    /**
     * @param base the ticket's own address ({@code /tickets/N} or {@code /portal/tickets/N})
     * @param key the access key that the page's forms carry along (guests), or {@code null}
     */
    String show(String number, TicketAccess access, String base, @Nullable String key, Model model) {
        var ticket = desk.find(parse(number), access).orElseThrow(TicketNotFoundException::new);
        var mergedInto = ticket.mergedInto();
        if (mergedInto != null) {
            // The same key and the same account open the ticket it was merged into (TicketDesk).
            var target = UriComponentsBuilder.fromPath(base.substring(0, base.lastIndexOf('/') + 1) + mergedInto);
            if (key != null) {
                target.queryParam("key", key);
            }
            return "redirect:" + target.encode().build().toUriString();
        }
        model.addAttribute("ticket", ticket);
        model.addAttribute("base", base);
        model.addAttribute("key", key);
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", "");
        }
        return PAGE;
    }

    /** The confirmation page after sending: the number, and the best articles once more. */
    String received(String number, TicketAccess access, String base, @Nullable String key, Locale locale, Model model) {
        var ticket = desk.find(parse(number), access).orElseThrow(TicketNotFoundException::new);
        model.addAttribute("ticket", ticket);
        model.addAttribute("base", base);
        model.addAttribute("key", key);
        model.addAttribute("suggestions", suggestions.forQuestion(ticket.question(), Language.of(locale)));
        return "tickets/received";
    }

    String reply(
            String number,
            TicketAccess access,
            String base,
            @Nullable String key,
            String text,
            List<MultipartFile> files,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var ticketNumber = parse(number);
        if (text.isBlank() || text.length() > MAX_REPLY) {
            model.addAttribute("replyError", text.isBlank() ? "tickets.ticket.reply-required" : "tickets.new.too-long");
            model.addAttribute("reply", text);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(number, access, base, key, model);
        }
        try {
            desk.reply(ticketNumber, access, text, Upload.fromForm(files));
        } catch (AttachmentsRefused refused) {
            model.addAttribute("rejections", refused.rejections());
            model.addAttribute("reply", text);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(number, access, base, key, model);
        }
        redirect.addFlashAttribute("notice", "tickets.ticket.replied");
        return "redirect:" + link(base, key);
    }

    String close(
            String number,
            TicketAccess access,
            String base,
            @Nullable String key,
            boolean fromConfirmation,
            Model model,
            RedirectAttributes redirect) {
        var closed = desk.close(parse(number), access);
        if (fromConfirmation) {
            if (closed) {
                funnel.count(DeflectionStep.CLOSED_ON_CONFIRMATION);
            }
            model.addAttribute("number", number);
            model.addAttribute("link", link(base, key));
            return "tickets/closed";
        }
        redirect.addFlashAttribute("notice", "tickets.ticket.closed-notice");
        return "redirect:" + link(base, key);
    }

    /** A file of the ticket; 404 for anything the customer may not see. */
    ResponseEntity<Resource> download(String number, TicketAccess access, long attachmentId) {
        return desk.attachment(parse(number), access, attachmentId)
                .map(downloads::download)
                .orElseThrow(TicketNotFoundException::new);
    }

    static String link(String base, @Nullable String key) {
        return key == null ? base : base + "?key=" + key;
    }

    static TicketNumber parse(String number) {
        return TicketNumber.parse(number).orElseThrow(TicketNotFoundException::new);
    }
}
