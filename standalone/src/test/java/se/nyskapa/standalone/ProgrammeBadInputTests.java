package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Programmes with bad input: horizon years out of range, focus areas and proposals that do not exist, versions and
 * instants that are none; and markup in every text of a programme, shown as text on every page that shows it.
 */
class ProgrammeBadInputTests extends CommandBadInput {

    @Override
    String area() {
        return "programmes";
    }

    static Stream<Arguments> mistakes() {
        String programme = "/api/programmes/" + api.programme();
        return Stream.of(
                arguments("a horizon year before 2000", "POST", "/api/programmes", start("1999"), 400, "horizonYear"),
                arguments("a horizon year after 2100", "POST", "/api/programmes", start("2101"), 400, "horizonYear"),
                arguments("a horizon year with a fraction", "POST", "/api/programmes", start("2025.5"), 400,
                          "horizonYear"),
                arguments("a horizon year beyond any int", "POST", "/api/programmes", start("1e10"), 400,
                          "horizonYear"),
                arguments("a horizon year as an operator object", "POST", "/api/programmes",
                          start("{\"$gt\": 2000}"), 400, "horizonYear"),
                arguments("a programme id used with another name", "POST", "/api/programmes", """
                        {"programmeId": "%s", "name": "Ett annat", "horizonYear": 2025}""".formatted(api.programme()),
                          409, "programmeId"),
                arguments("a programme id that names a proposal", "POST", "/api/programmes", """
                        {"programmeId": "%s", "name": "P", "horizonYear": 2025}""".formatted(api.proposal()), 409,
                          "programmeId"),
                arguments("a focus area id that is an operator", "POST", programme + "/focus-areas",
                          "{\"focusAreaId\": \"$where\", \"name\": \"x\"}", 400, "focusAreaId"),
                arguments("a focus area in an unknown programme", "POST", "/api/programmes/no-programme/focus-areas",
                          "{\"focusAreaId\": \"fa\", \"name\": \"x\"}", 404, "programmeId"),
                arguments("renaming an unknown focus area", "PUT", programme + "/focus-areas/no-area/name",
                          "{\"name\": \"x\"}", 404, "focusAreaId"),
                arguments("placing in an unknown focus area", "POST", programme + "/placements", """
                        {"proposalId": "%s", "focusAreaId": "no-area"}""".formatted(api.proposal()), 400,
                          "focusAreaId"),
                arguments("placing an unknown proposal", "POST", programme + "/placements", """
                        {"proposalId": "no-proposal", "focusAreaId": "%s"}""".formatted(api.focusArea()), 400,
                          "proposalId"),
                arguments("placing in an unknown programme", "POST", "/api/programmes/no-programme/placements", """
                        {"proposalId": "%s", "focusAreaId": "%s"}""".formatted(api.proposal(), api.focusArea()), 404,
                          "programmeId"),
                arguments("publishing an unknown programme", "POST", "/api/programmes/no-programme/versions", "{}",
                          404, "programmeId"),
                arguments("adopting a programme never published", "POST", programme + "/adoption", null, 409,
                          "programmeId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String method, String path, String body,
                                                    int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("programmes"), method, path, body, status, field);
    }

    static Stream<Arguments> badReads() {
        String programme = "/api/programmes/" + api.programme();
        return Stream.of(
                arguments("an unknown programme", "/api/programmes/no-programme/summary", 404, "programmeId"),
                arguments("a programme id that is $where", "/api/programmes/%24where/summary", 404, "programmeId"),
                arguments("an asOf that is not an instant", programme + "/summary?asOf=igår", 400, "asOf"),
                arguments("a version 0", programme + "/versions/0", 400, "version"),
                arguments("a version that is not a number", programme + "/versions/first", 400, "version"),
                arguments("a version never published", programme + "/versions/99", 404, "version"),
                arguments("a diff from something that is neither", programme + "/diff?from=%24gt", 400, "from"),
                arguments("a diff to something that is neither",
                          programme + "/diff?from=2015-11-01T00:00:00Z&to=soon", 400, "to"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isRefusedNamingTheField(String mistake, String path, int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("programmes"), "GET", path, null, status, field);
    }

    @Test
    void markupInEveryTextOfAProgramme_isShownAsTextOnEveryPage() {
        String programme = "/api/programmes/bad-markup-programme";
        assertThat(platform.post("/api/programmes", CommandApi.JSON.createObjectNode()
                .put("programmeId", "bad-markup-programme").put("name", Markup.in("programme"))
                .put("horizonYear", 2030).toString()).status()).isEqualTo(201);
        assertThat(platform.post(programme + "/focus-areas", CommandApi.JSON.createObjectNode()
                .put("focusAreaId", "bad-markup-area").put("name", Markup.in("area")).toString()).status())
                .isEqualTo(201);
        assertThat(platform.post(programme + "/placements", """
                {"proposalId": "%s", "focusAreaId": "bad-markup-area"}""".formatted(api.otherProposal())).status())
                .isEqualTo(200);
        assertThat(platform.post(programme + "/versions", CommandApi.JSON.createObjectNode()
                .put("note", Markup.in("note")).toString()).status()).isEqualTo(201);
        platform.awaitCaughtUp();

        Markup.assertShownAsText(platform.raw("/programmes"), "programme");
        Markup.assertShownAsText(platform.raw("/programmes/bad-markup-programme"), "programme", "area");
        Markup.assertShownAsText(platform.raw("/programmes/bad-markup-programme?version=1"), "programme", "area");
        Markup.assertShownAsText(platform.raw("/programmes/bad-markup-programme/diff?from=1"), "programme");
    }

    private static String start(String horizonYear) {
        return """
                {"programmeId": "bad-pg", "name": "Program", "horizonYear": %s}""".formatted(horizonYear);
    }
}
