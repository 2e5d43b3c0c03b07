package se.nyskapa.query.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page for an address that names nothing: a 404 that says what was looked for and leads back. The texts are
 * message keys; the text's one argument is the id that was asked for.
 */
public record NotFoundPage(String titleKey, String textKey, String backPath, String backKey) {

    public String show(String missingId, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("notFound", this);
        model.addAttribute("missingId", missingId);
        return "not-found";
    }
}
