package se.nyskapa.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import se.nyskapa.security.Role;
import se.nyskapa.security.account.AccountView;
import se.nyskapa.security.account.Accounts;

import java.util.List;

/**
 * The users, for administrators: as JSON and as the page where they are created and changed. Changes are sent to
 * the command side's {@code /api/admin/users}.
 */
@Controller
@Tag(name = "Users (administration)")
class AccountPages {

    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/admin/users")
    @ResponseBody
    @Operation(summary = "Every user with their roles and whether they may sign in (never a password)")
    List<AccountView> list() {
        return accounts.list();
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }
}
