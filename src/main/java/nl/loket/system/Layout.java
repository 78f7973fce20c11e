package nl.loket.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows, whichever module renders the page. */
@ControllerAdvice
class Layout {

    private final LoketSettings settings;

    Layout(LoketSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("companyName")
    String companyName() {
        return settings.companyName();
    }
}
