package nl.loket.tickets.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.Agents;
import nl.loket.tickets.DepartmentMembers;
import nl.loket.tickets.DepartmentView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators choose each department's members among the colleagues who work with customers:
 * they hear of the department's service level breaches (a department without members lets all of
 * them hear). One form per department, so saving one never touches another.
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String PAGE = "tickets/departments";

    private final DepartmentMembers members;
    private final Agents agents;

    DepartmentAdminController(DepartmentMembers members, Agents agents) {
        this.members = members;
        this.agents = agents;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", members.departments());
        model.addAttribute("colleagues", agents.colleagues());
        var chosen = members.all().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream().map(AccountId::value).collect(Collectors.toSet())));
        model.addAttribute("members", chosen);
        return PAGE;
    }

    @PostMapping("/{id}/members")
    String submit(
            @PathVariable long id,
            @RequestParam(name = "staff", defaultValue = "") List<Long> staff,
            Model model,
            RedirectAttributes redirect) {
        var department = find(id);
        Set<AccountId> chosen = staff.stream().map(AccountId::new).collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            members.change(department.id(), chosen);
        } catch (DepartmentMembers.NotAColleagueException e) {
            model.addAttribute("problem", "tickets.department.not-a-colleague");
            return list(model);
        }
        redirect.addFlashAttribute("notice", "tickets.department.saved");
        return "redirect:/admin/departments#department-" + department.id();
    }

    private DepartmentView find(long id) {
        return members.departments().stream()
                .filter(department -> department.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
