package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Theme curation with bad input, reading unknown themes, and a theme's name with markup on every page showing it. */
class ThemeBadInputTests extends CommandBadInput {

    @Override
    String area() {
        return "themes";
    }

    static Stream<Arguments> mistakes() {
        String theme = "/api/themes/" + api.theme();
        return Stream.of(
                arguments("a theme id that names the matrix", "POST", "/api/themes",
                          "{\"themeId\": \"matrix\", \"name\": \"Matris\"}", 400, "themeId"),
                arguments("a theme id that names the suggestions", "POST", "/api/themes",
                          "{\"themeId\": \"suggestions\", \"name\": \"Förslag\"}", 400, "themeId"),
                arguments("a theme id that is a MongoDB operator", "POST", "/api/themes",
                          "{\"themeId\": \"$where\", \"name\": \"x\"}", 400, "themeId"),
                arguments("a theme id used with another name", "POST", "/api/themes",
                          "{\"themeId\": \"" + api.theme() + "\", \"name\": \"Ett annat namn\"}", 409, "themeId"),
                arguments("a blank name", "POST", "/api/themes", "{\"themeId\": \"bad-t\", \"name\": \"\\t\"}", 400,
                          "name"),
                arguments("renaming an unknown theme", "PUT", "/api/themes/no-theme/name", "{\"name\": \"x\"}", 404,
                          "themeId"),
                arguments("merging a theme into itself", "POST", theme + "/merge",
                          "{\"intoThemeId\": \"" + api.theme() + "\"}", 400, "intoThemeId"),
                arguments("merging into an unknown theme", "POST", theme + "/merge",
                          "{\"intoThemeId\": \"no-theme\"}", 400, "intoThemeId"),
                arguments("merging into a theme named by an operator", "POST", theme + "/merge",
                          "{\"intoThemeId\": \"$ne\"}", 400, "intoThemeId"),
                arguments("merging an unknown theme", "POST", "/api/themes/no-theme/merge",
                          "{\"intoThemeId\": \"" + api.theme() + "\"}", 404, "themeId"),
                arguments("retiring an unknown theme", "POST", "/api/themes/no-theme/retirement", null, 404,
                          "themeId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String method, String path, String body,
                                                    int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("themes"), method, path, body, status, field);
    }

    static Stream<Arguments> badReads() {
        return Stream.of(
                arguments("an unknown theme", "/api/themes/no-theme"),
                arguments("a theme id that is a MongoDB operator object", "/api/themes/%7B%22%24gt%22%3A%22%22%7D"),
                arguments("a theme id that is a regular expression", "/api/themes/.%2A"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isANotFoundNamingTheTheme(String mistake, String path) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("themes"), "GET", path, null, 404, "themeId");
    }

    @Test
    void markupInAThemeName_isShownAsTextOnEveryPage() {
        assertThat(platform.post("/api/themes", CommandApi.JSON.createObjectNode()
                .put("themeId", "bad-markup-theme").put("name", Markup.in("theme")).toString()).status())
                .isEqualTo(201);
        assertThat(platform.put("/api/visits/" + api.visit() + "/contributions/bad-themed",
                                "{\"kind\": \"IDEA\", \"text\": \"Ett tema med markup\", \"sector\": \"BUSINESS\"}")
                           .status()).isEqualTo(201);
        assertThat(platform.put("/api/visits/" + api.visit() + "/contributions/bad-themed/themes",
                                "{\"themeIds\": [\"bad-markup-theme\"]}").status()).isEqualTo(200);
        platform.awaitCaughtUp();

        Markup.assertShownAsText(platform.raw("/themes"), "theme");
        Markup.assertShownAsText(platform.raw("/themes/bad-markup-theme"), "theme");
        Markup.assertShownAsText(platform.raw("/analysis"), "theme");
        Markup.assertShownAsText(platform.raw("/municipalities/" + CommandApi.KOMMUN), "theme");
        Markup.assertShownAsText(platform.raw("/search?q=tema"), "theme");
        Markup.assertShownAsText(platform.raw("/exports"), "theme");
        Markup.assertShownAsText(platform.raw("/visits/" + api.visit()), "theme");
    }
}
