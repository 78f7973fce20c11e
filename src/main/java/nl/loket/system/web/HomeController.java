package nl.loket.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page. */
@Controller
class HomeController {

    @GetMapping("/")
    String show() {
        return "system/home";
    }
}
