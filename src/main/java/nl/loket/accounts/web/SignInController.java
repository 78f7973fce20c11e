package nl.loket.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the sign-in form; Spring Security's form login handles the POST. */
@Controller
class SignInController {

    private static final int LONGEST_WAIT_MINUTES = 24 * 60;

    @GetMapping("/login")
    String showForm(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("waitMinutes", minutes(throttled));
        }
        return "accounts/login";
    }

    private static int minutes(String text) {
        try {
            return Math.clamp(Integer.parseInt(text.strip()), 1, LONGEST_WAIT_MINUTES);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
