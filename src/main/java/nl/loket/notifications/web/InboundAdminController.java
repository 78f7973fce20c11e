package nl.loket.notifications.web;

import nl.loket.notifications.inbound.InboundMailOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbound mail log for administrators (the URL rules in SecurityConfiguration admit only them). */
@Controller
@RequestMapping("/admin/inbound")
class InboundAdminController {

    private final InboundMailOverview inbound;

    InboundAdminController(InboundMailOverview inbound) {
        this.inbound = inbound;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long before, Model model) {
        model.addAttribute("status", inbound.status());
        model.addAttribute("log", inbound.page(before));
        model.addAttribute("first", before == null);
        return "notifications/inbound";
    }
}
