package scot.triangulate.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.identity.Account;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.ConcurrentChangeException;

/** Administrators manage people: accounts, installation roles and partnership memberships. */
@Controller
class AdminPeopleController {

    private final AccountService accounts;
    private final PartnershipService partnerships;

    AdminPeopleController(AccountService accounts, PartnershipService partnerships) {
        this.accounts = accounts;
        this.partnerships = partnerships;
    }

    record CreatePersonForm(
            @NotBlank(message = "{person.username.required}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,62}", message = "{person.username.format}") String username,
            @NotBlank(message = "{person.displayName.required}") @Size(max = 200, message = "{person.displayName.long}") String displayName,
            @Email(message = "{person.email.format}") @Size(max = 320, message = "{person.email.format}") String email,
            @NotBlank(message = "{person.password.required}") String password,
            List<AccountRole> roles) {
    }

    record EditPersonForm(
            @NotBlank(message = "{person.displayName.required}") @Size(max = 200, message = "{person.displayName.long}") String displayName,
            @Email(message = "{person.email.format}") @Size(max = 320, message = "{person.email.format}") String email,
            List<AccountRole> roles, Boolean enabled, int version) {
    }

    record MembershipForm(@NotBlank(message = "{membership.partnership.required}") String partnership,
            @NotNull(message = "{membership.role.required}") MembershipRole role,
            @NotNull(message = "{membership.agency.required}") Agency agency,
            @Size(max = 200, message = "{membership.agencyName.long}") String agencyName) {
    }

    @GetMapping("/admin/people")
    String people(Model model) {
        model.addAttribute("people", accounts.all());
        return "identity/admin-people";
    }

    @GetMapping("/admin/people/new")
    String newPerson(Model model) {
        model.addAttribute("createPersonForm", new CreatePersonForm("", "", "", "", List.of()));
        model.addAttribute("allRoles", AccountRole.values());
        return "identity/admin-person-new";
    }

    @PostMapping("/admin/people")
    String createPerson(@Valid @ModelAttribute CreatePersonForm createPersonForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(createPersonForm.username(), createPersonForm.displayName(), createPersonForm.email(),
                        createPersonForm.password(), roles(createPersonForm.roles()));
                redirect.addFlashAttribute("notice", "person.created");
                return "redirect:/admin/people/" + createPersonForm.username();
            } catch (IllegalArgumentException e) {
                errors.rejectValue(e.getMessage().startsWith("username") ? "username" : "password", e.getMessage());
            }
        }
        model.addAttribute("allRoles", AccountRole.values());
        return "identity/admin-person-new";
    }

    @GetMapping("/admin/people/{username}")
    String person(@PathVariable String username, Model model) {
        Account account = accounts.get(username);
        if (!model.containsAttribute("editPersonForm")) {
            model.addAttribute("editPersonForm", new EditPersonForm(account.displayName(), account.email(),
                    List.copyOf(account.roles()), account.enabled(), account.version()));
        }
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", new MembershipForm("", MembershipRole.CONTRIBUTOR, Agency.COUNCIL_SOCIAL_WORK, ""));
        }
        model.addAttribute("person", account);
        model.addAttribute("memberships", accounts.memberships(username));
        model.addAttribute("allRoles", AccountRole.values());
        model.addAttribute("membershipRoles", MembershipRole.values());
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("partnerships", partnerships.all());
        return "identity/admin-person";
    }

    @PostMapping("/admin/people/{username}")
    String updatePerson(@PathVariable String username, @Valid @ModelAttribute EditPersonForm editPersonForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.update(username, editPersonForm.displayName(), editPersonForm.email(),
                        roles(editPersonForm.roles()), Boolean.TRUE.equals(editPersonForm.enabled()), editPersonForm.version());
                redirect.addFlashAttribute("notice", "person.saved");
                return "redirect:/admin/people/" + username;
            } catch (ConcurrentChangeException e) {
                errors.reject("person.conflict");
            }
        }
        return person(username, model);
    }

    @PostMapping("/admin/people/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(username);
        redirect.addFlashAttribute("notice", "person.unlocked");
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/memberships")
    String addMembership(@PathVariable String username, @Valid @ModelAttribute MembershipForm membershipForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && partnerships.find(membershipForm.partnership()).isEmpty()) {
            errors.rejectValue("partnership", "membership.partnership.unknown");
        }
        if (errors.hasErrors()) {
            return person(username, model);
        }
        accounts.addMembership(username, membershipForm.partnership(), membershipForm.role(), membershipForm.agency(),
                membershipForm.agencyName());
        redirect.addFlashAttribute("notice", "membership.saved");
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/memberships/{partnership}/remove")
    String removeMembership(@PathVariable String username, @PathVariable String partnership, RedirectAttributes redirect) {
        accounts.removeMembership(username, partnership);
        redirect.addFlashAttribute("notice", "membership.removed");
        return "redirect:/admin/people/" + username;
    }

    private static Set<AccountRole> roles(List<AccountRole> roles) {
        Set<AccountRole> set = EnumSet.noneOf(AccountRole.class);
        if (roles != null) {
            set.addAll(roles);
        }
        return set;
    }
}
