package nl.loket.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of {@code /admin}, where later issues hang their settings. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String show() {
        return "system/admin";
    }
}
