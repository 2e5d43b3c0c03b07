package se.nyskapa.query.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The login page: a local account's name and password (checked by Spring Security's form login at
 * {@code POST /login}), and a link to each configured OpenID Connect provider.
 */
@Controller
class LoginPageController {

    private final ObjectProvider<ClientRegistrationRepository> providers;

    LoginPageController(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    /** An OpenID Connect provider a user may sign in with: where to start, and its name. */
    record Provider(String path, String name) {
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers());
        return "login";
    }

    private List<Provider> providers() {
        return providers.getIfAvailable() instanceof Iterable<?> registrations
               ? StreamSupport.stream(registrations.spliterator(), false)
                              .map(ClientRegistration.class::cast)
                              .map(registration -> new Provider(
                                      "/oauth2/authorization/" + registration.getRegistrationId(),
                                      registration.getClientName()))
                              .toList()
               : List.of();
    }
}
