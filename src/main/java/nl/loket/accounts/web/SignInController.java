package nl.loket.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the sign-in form; Spring Security's form login handles the POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String showForm() {
        return "accounts/login";
    }
}
