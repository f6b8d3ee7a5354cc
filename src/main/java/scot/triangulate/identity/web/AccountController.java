package scot.triangulate.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.identity.AccessTokenService;
import scot.triangulate.identity.AccountService;

/** The signed-in person's own account: details, password and personal access tokens. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final AccessTokenService tokens;

    AccountController(AccountService accounts, AccessTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record ChangePasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
            @NotBlank(message = "{password.new.required}") String newPassword,
            @NotBlank(message = "{password.confirm.required}") String confirmPassword) {
    }

    record CreateTokenForm(@NotBlank(message = "{token.name.required}") @Size(max = 100, message = "{token.name.long}") String name,
            @NotBlank(message = "{token.password.required}") String password) {
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        if (!model.containsAttribute("changePasswordForm")) {
            model.addAttribute("changePasswordForm", new ChangePasswordForm("", "", ""));
        }
        if (!model.containsAttribute("createTokenForm")) {
            model.addAttribute("createTokenForm", new CreateTokenForm("", ""));
        }
        model.addAttribute("account", accounts.get(principal.getName()));
        model.addAttribute("memberships", accounts.memberships(principal.getName()));
        model.addAttribute("tokens", tokens.tokens(principal.getName()));
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute ChangePasswordForm changePasswordForm, BindingResult errors,
            Principal principal, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !changePasswordForm.newPassword().equals(changePasswordForm.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(principal.getName(), changePasswordForm.currentPassword(),
                        changePasswordForm.newPassword(), session.getId());
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/account";
            } catch (IllegalArgumentException e) {
                errors.rejectValue(e.getMessage().startsWith("password.current") ? "currentPassword" : "newPassword", e.getMessage());
            }
        }
        return account(principal, model);
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute CreateTokenForm createTokenForm, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("newToken",
                        tokens.create(principal.getName(), createTokenForm.password(), createTokenForm.name()));
                return "redirect:/account#tokens";
            } catch (IllegalArgumentException e) {
                errors.rejectValue("password", e.getMessage());
            }
        }
        return account(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        tokens.revoke(principal.getName(), id);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/account#tokens";
    }
}
