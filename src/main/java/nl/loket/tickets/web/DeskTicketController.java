package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.shared.Language;
import nl.loket.tickets.Agent;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.Agents;
import nl.loket.tickets.AttachmentsRefused;
import nl.loket.tickets.CallbackOutcome;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.Callbacks;
import nl.loket.tickets.CannedReplies;
import nl.loket.tickets.Channel;
import nl.loket.tickets.DepartmentView;
import nl.loket.tickets.DeskActivity;
import nl.loket.tickets.SeenUpTo;
import nl.loket.tickets.StaleReplyException;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketPriority;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.attachments.Upload;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket at the desk: the whole conversation with internal notes and real authors, the
 * history, and one small form per action (reply as the team and internal note, both with files;
 * status, priority). Claiming is with assigning ({@link DeskAssignmentController}). Each action posts to its own address under the ticket, so that new actions (assign, hand
 * over, merge) are new handlers beside these.
 */
@Controller
@RequestMapping("/desk/tickets/{number}")
class DeskTicketController {

    static final String PAGE = "tickets/desk/ticket";

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final StaffNames staffNames;
    private final Agents agents;
    private final TicketDesk ticketDesk;
    private final CannedReplies cannedReplies;
    private final Callbacks callbacks;
    private final DeskPresenceController warnings;
    private final ServiceLevels serviceLevels;
    private final Clock clock;

    DeskTicketController(
            AgentDesk desk,
            SignedIn signedIn,
            StaffNames staffNames,
            Agents agents,
            TicketDesk ticketDesk,
            CannedReplies cannedReplies,
            Callbacks callbacks,
            DeskPresenceController warnings,
            ServiceLevels serviceLevels,
            Clock clock) {
        this.serviceLevels = serviceLevels;
        this.clock = clock;
        this.cannedReplies = cannedReplies;
        this.callbacks = callbacks;
        this.warnings = warnings;
        this.desk = desk;
        this.signedIn = signedIn;
        this.staffNames = staffNames;
        this.agents = agents;
        this.ticketDesk = ticketDesk;
    }

    @GetMapping
    String show(@PathVariable String number, Principal principal, Model model) {
        var agent = signedIn.agent(principal);
        var ticket = desk.find(parse(number), agent).orElseThrow(TicketNotFoundException::new);
        model.addAttribute("ticket", ticket);
        model.addAttribute("me", agent);
        warnings.addTo(model, ticket, agent);
        var names = staffNames.byId();
        model.addAttribute("staffNames", names);
        var departments = ticketDesk.departments();
        var language = Language.of(LocaleContextHolder.getLocale());
        var departmentNames = departments.stream()
                .collect(Collectors.toMap(DepartmentView::code, d -> d.name(language), (a, b) -> a));
        model.addAttribute(
                "history",
                ticket.history().stream()
                        .map(entry -> HistoryLine.of(entry, names, departmentNames))
                        .toList());
        model.addAttribute("colleagues", agents.colleagues());
        model.addAttribute("departments", departments);
        model.addAttribute("cannedReplies", cannedReplies.forTicket(ticket));
        model.addAttribute("callback", callbacks.of(ticket.number()).orElse(null));
        model.addAttribute("callbackOutcomes", CallbackOutcome.values());
        model.addAttribute("callbackSlots", CallbackWindow.Slot.values());
        if (!model.containsAttribute("mergeTarget")) {
            model.addAttribute("mergeTarget", "");
        }
        if (!model.containsAttribute("handOverNote")) {
            model.addAttribute("handOverNote", "");
        }
        model.addAttribute("slaPanel", ServiceLevelPanel.of(ticket.serviceLevel(), ticket.status(), clock.instant()));
        model.addAttribute("serviceLevels", serviceLevels.all());
        if (!model.containsAttribute("slaReason")) {
            model.addAttribute("slaReason", "");
        }
        model.addAttribute("statuses", TicketStatus.CHOSEN_BY_STAFF);
        model.addAttribute("priorities", TicketPriority.values());
        if (!model.containsAttribute("replyText")) {
            model.addAttribute("replyText", "");
            model.addAttribute("noteText", "");
        }
        return PAGE;
    }

    @PostMapping("/reply")
    String reply(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "WAITING_FOR_CUSTOMER") String status,
            @RequestParam(required = false) @Nullable String seen,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var agent = signedIn.agent(principal);
        if (text.isBlank() || text.length() > TicketForm.MAX_MESSAGE) {
            return again(number, principal, response, model, "replyError", text, "");
        }
        var after = status(status, TicketStatus.WAITING_FOR_CUSTOMER);
        var seenUpTo = seen == null ? null : DeskPresenceController.seen(seen);
        try {
            if (seenUpTo == null) {
                desk.reply(parse(number), agent, Channel.WEB, text, after, uploads(files));
            } else {
                desk.reply(parse(number), agent, Channel.WEB, text, after, uploads(files), seenUpTo);
            }
        } catch (StaleReplyException | ObjectOptimisticLockingFailureException stale) {
            return heldBack(number, principal, response, model, text, after, seenUpTo);
        } catch (AttachmentsRefused refused) {
            model.addAttribute("replyRejections", refused.rejections());
            return again(number, principal, response, model, null, text, "");
        }
        return done(number, "tickets.desk.replied", redirect);
    }

    @PostMapping("/note")
    String note(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable String seen,
            @RequestParam(name = "noteFiles", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var agent = signedIn.agent(principal);
        if (text.isBlank() || text.length() > TicketForm.MAX_MESSAGE) {
            return again(number, principal, response, model, "noteError", "", text);
        }
        List<Long> unread;
        try {
            if (seen == null) {
                desk.note(parse(number), agent, Channel.WEB, text, uploads(files));
                unread = List.of();
            } else {
                unread = desk.note(
                        parse(number), agent, Channel.WEB, text, uploads(files), DeskPresenceController.seen(seen));
            }
        } catch (AttachmentsRefused refused) {
            model.addAttribute("noteRejections", refused.rejections());
            return again(number, principal, response, model, null, "", text);
        }
        // A note reaches no customer, so it is saved anyway; the agent is pointed at what they missed.
        if (unread.isEmpty()) {
            return done(number, "tickets.desk.noted", redirect);
        }
        redirect.addFlashAttribute("unread", Set.copyOf(unread));
        return done(number, "tickets.desk.noted-with-news", redirect);
    }

    @PostMapping("/status")
    String status(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String status,
            Principal principal,
            RedirectAttributes redirect) {
        Agent agent = signedIn.agent(principal);
        desk.changeStatus(parse(number), agent, status(status, null));
        return done(number, "tickets.desk.saved", redirect);
    }

    @PostMapping("/priority")
    String priority(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String priority,
            Principal principal,
            RedirectAttributes redirect) {
        var chosen = Arrays.stream(TicketPriority.values())
                .filter(value -> value.name().equals(priority))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        desk.changePriority(parse(number), signedIn.agent(principal), chosen);
        return done(number, "tickets.desk.saved", redirect);
    }

    private String again(
            String number,
            Principal principal,
            HttpServletResponse response,
            Model model,
            @Nullable String error,
            String replyText,
            String noteText) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (error != null) {
            model.addAttribute(error, "tickets.desk.text-required");
        }
        model.addAttribute("replyText", replyText);
        model.addAttribute("noteText", noteText);
        return show(number, principal, model);
    }

    /**
     * The page again after a reply was held back: the new messages marked, the draft and the chosen
     * status kept, and the form now carrying the newest message, so that sending again sends it.
     */
    private String heldBack(
            String number,
            Principal principal,
            HttpServletResponse response,
            Model model,
            String text,
            TicketStatus after,
            @Nullable SeenUpTo seen) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("replyText", text);
        model.addAttribute("noteText", "");
        model.addAttribute("replyStatus", after.name());
        model.addAttribute("presenceActivity", DeskActivity.REPLYING);
        model.addAttribute("staleSince", seen == null ? new SeenUpTo(Long.MAX_VALUE) : seen);
        return show(number, principal, model);
    }

    private static String done(String number, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/desk/tickets/" + number;
    }

    private static List<Upload> uploads(@Nullable List<MultipartFile> files) {
        return files == null ? List.of() : Upload.fromForm(files);
    }

    private static TicketStatus status(String value, @Nullable TicketStatus fallback) {
        return Arrays.stream(TicketStatus.values())
                .filter(status -> status.name().equals(value))
                .findFirst()
                .or(() -> Optional.ofNullable(fallback))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    static TicketNumber parse(String number) {
        return TicketNumber.parse(number).orElseThrow(TicketNotFoundException::new);
    }
}
