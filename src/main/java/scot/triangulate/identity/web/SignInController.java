package scot.triangulate.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post to {@code /login}. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "identity/sign-in";
    }
}
