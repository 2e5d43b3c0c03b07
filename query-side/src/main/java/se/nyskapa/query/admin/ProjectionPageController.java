package se.nyskapa.query.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The projections page for whoever runs the platform: where each projection stands, a rebuild started from it and its
 * progress followed live. The rebuild itself is sent to {@code POST /api/admin/projections/{name}/rebuild}.
 */
@Controller
class ProjectionPageController {

    private final ProjectionRebuilds rebuilds;

    ProjectionPageController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/admin/projections")
    String projections(Model model) {
        model.addAttribute("projections", rebuilds.status());
        model.addAttribute("live", String.join(" ", rebuilds.names()));
        return "admin-projections";
    }
}
