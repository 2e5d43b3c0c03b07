package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proposals with bad input: evidence, themes, kommuner and proposals that do not exist or are named by MongoDB
 * operators, assessments out of range, statuses that are none; and markup in every text of a proposal, shown as text on
 * every page that shows it.
 */
class ProposalBadInputTests extends CommandBadInput {

    @Override
    String area() {
        return "proposals";
    }

    static Stream<Arguments> mistakes() {
        String proposal = "/api/proposals/" + api.proposal();
        String manyIds = IntStream.rangeClosed(1, 501).mapToObj(n -> "\"c" + n + "\"")
                                  .collect(Collectors.joining(", "));
        return Stream.of(
                arguments("no evidence", "POST", "/api/proposals", draft("bad-p", api.theme(), ""), 400, "evidence"),
                arguments("unknown evidence", "POST", "/api/proposals", draft("bad-p", api.theme(), "\"no-c\""), 400,
                          "evidence"),
                arguments("evidence named by an operator", "POST", "/api/proposals",
                          draft("bad-p", api.theme(), "\"$where\""), 400, "evidence"),
                arguments("501 pieces of evidence", "POST", "/api/proposals", draft("bad-p", api.theme(), manyIds),
                          400, "evidence"),
                arguments("a null piece of evidence", "POST", "/api/proposals", draft("bad-p", api.theme(), "null"),
                          400, "evidence[0]"),
                arguments("an unknown theme", "POST", "/api/proposals",
                          draft("bad-p", "no-theme", "\"" + api.contribution(1) + "\""), 400, "themeId"),
                arguments("a theme named by an operator", "POST", "/api/proposals",
                          draft("bad-p", "$ne", "\"" + api.contribution(1) + "\""), 400, "themeId"),
                arguments("a proposal id used with other content", "POST", "/api/proposals",
                          draft(api.proposal(), api.theme(), "\"" + api.contribution(3) + "\""), 409, "proposalId"),
                arguments("a proposal id that names a visit", "POST", "/api/proposals",
                          draft(api.visit(), api.theme(), "\"" + api.contribution(1) + "\""), 409, "proposalId"),
                arguments("revising an unknown proposal", "PUT", "/api/proposals/no-proposal",
                          "{\"title\": \"x\", \"themeId\": \"" + api.theme() + "\"}", 404, "proposalId"),
                arguments("citing an unknown contribution", "POST", proposal + "/evidence",
                          "{\"contributionId\": \"no-c\"}", 400, "contributionId"),
                arguments("citing in an unknown proposal", "POST", "/api/proposals/no-proposal/evidence",
                          "{\"contributionId\": \"" + api.contribution(3) + "\"}", 404, "proposalId"),
                arguments("an impact of 0", "POST", proposal + "/assessments", assessment("0", "3"), 400, "impact"),
                arguments("an impact of 6", "POST", proposal + "/assessments", assessment("6", "3"), 400, "impact"),
                arguments("an impact of 4.5", "POST", proposal + "/assessments", assessment("4.5", "3"), 400,
                          "impact"),
                arguments("an impact beyond any int", "POST", proposal + "/assessments",
                          assessment("99999999999999999999", "3"), 400, "impact"),
                arguments("an impact in words", "POST", proposal + "/assessments", assessment("\"high\"", "3"), 400,
                          "impact"),
                arguments("a negative feasibility", "POST", proposal + "/assessments", assessment("4", "-1"), 400,
                          "feasibility"),
                arguments("an unknown testkommun", "PUT", proposal + "/pilot-municipalities",
                          "{\"municipalityCodes\": [\"9999\"]}", 400, "municipalityCodes"),
                arguments("a testkommun named by an operator", "PUT", proposal + "/pilot-municipalities",
                          "{\"municipalityCodes\": [\"$gt\"]}", 400, "municipalityCodes"),
                arguments("a null testkommun", "PUT", proposal + "/pilot-municipalities",
                          "{\"municipalityCodes\": [null]}", 400, "municipalityCodes[0]"),
                arguments("an unknown status", "PUT", proposal + "/status", "{\"status\": \"DONE\"}", 400, "status"),
                arguments("a status in lower case", "PUT", proposal + "/status", "{\"status\": \"included\"}", 400,
                          "status"),
                arguments("the status a merge gives", "PUT", proposal + "/status", "{\"status\": \"MERGED\"}", 400,
                          "status"),
                arguments("merging a proposal into itself", "POST", proposal + "/merges",
                          "{\"mergedProposalId\": \"" + api.proposal() + "\"}", 400, "mergedProposalId"),
                arguments("merging an unknown proposal", "POST", proposal + "/merges",
                          "{\"mergedProposalId\": \"no-proposal\"}", 400, "mergedProposalId"),
                arguments("splitting off all the evidence", "POST", proposal + "/splits",
                          split("bad-s", "\"" + api.contribution(1) + "\", \"" + api.contribution(2) + "\""), 409,
                          "evidence"),
                arguments("splitting off evidence it does not cite", "POST", proposal + "/splits",
                          split("bad-s", "\"" + api.contribution(3) + "\""), 400, "evidence"),
                arguments("splitting into itself", "POST", proposal + "/splits",
                          split(api.proposal(), "\"" + api.contribution(1) + "\""), 400, "newProposalId"),
                arguments("splitting into an existing proposal", "POST", proposal + "/splits",
                          split(api.otherProposal(), "\"" + api.contribution(1) + "\""), 409, "newProposalId"),
                arguments("splitting into an id a visit holds (a 500 before)", "POST", proposal + "/splits",
                          split(api.visit(), "\"" + api.contribution(1) + "\""), 409, "newProposalId"),
                arguments("merging in an id a visit holds", "POST", proposal + "/merges",
                          "{\"mergedProposalId\": \"" + api.visit() + "\"}", 409, "proposalId"),
                arguments("unciting from an unknown proposal", "DELETE",
                          "/api/proposals/no-proposal/evidence/" + api.contribution(1), null, 404, "proposalId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String method, String path, String body,
                                                    int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("proposals"), method, path, body, status, field);
    }

    static Stream<Arguments> badReads() {
        String proposal = "/api/proposals/" + api.proposal();
        return Stream.of(
                arguments("an unknown proposal", "/api/proposals/no-proposal", 404, "proposalId"),
                arguments("a proposal id that is a MongoDB operator object",
                          "/api/proposals/%7B%22%24gt%22%3A%22%22%7D", 404, "proposalId"),
                arguments("an asOf that is not an instant", proposal + "?asOf=yesterday", 400, "asOf"),
                arguments("an asOf that is a MongoDB operator object", proposal + "?asOf=%7B%22%24gt%22%3A%22%22%7D",
                          400, "asOf"),
                arguments("a date as asOf", proposal + "?asOf=2015-11-20", 400, "asOf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isRefusedNamingTheField(String mistake, String path, int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("proposals"), "GET", path, null, status, field);
    }

    @Test
    void markupInEveryTextOfAProposal_isShownAsTextOnEveryPage() {
        String proposal = "bad-markup-proposal";
        assertThat(platform.post("/api/proposals", CommandApi.JSON.createObjectNode()
                .put("proposalId", proposal).put("title", Markup.in("title"))
                .put("description", Markup.in("description")).put("themeId", api.theme())
                .set("evidence", CommandApi.JSON.createArrayNode().add(api.contribution(3))).toString()).status())
                .isEqualTo(201);
        assertThat(platform.post("/api/proposals/" + proposal + "/assessments", CommandApi.JSON.createObjectNode()
                .put("impact", 3).put("feasibility", 4).put("rationale", Markup.in("rationale"))
                .put("assessedBy", Markup.in("assessedBy")).toString()).status()).isEqualTo(200);
        assertThat(platform.put("/api/proposals/" + proposal + "/status", CommandApi.JSON.createObjectNode()
                .put("status", "UNDER_REVIEW").put("note", Markup.in("note")).toString()).status()).isEqualTo(200);
        assertThat(platform.post("/api/programmes/" + api.programme() + "/placements", """
                {"proposalId": "%s", "focusAreaId": "%s"}""".formatted(proposal, api.focusArea())).status())
                .isEqualTo(200);
        platform.awaitCaughtUp();

        Markup.assertShownAsText(platform.raw("/proposals"), "title");
        Markup.assertShownAsText(platform.raw("/proposals/" + proposal), "title", "description", "rationale");
        Markup.assertShownAsText(platform.raw("/themes/" + api.theme()), "title");
        Markup.assertShownAsText(platform.raw("/municipalities/" + CommandApi.KOMMUN), "title");
        Markup.assertShownAsText(platform.raw("/municipalities/" + CommandApi.KOMMUN + "/feedback"), "title");
        Markup.assertShownAsText(platform.raw("/programmes/" + api.programme()), "title");
        Markup.assertNoMarkup(platform.raw("/search?q=lokaler"));
    }

    private static String draft(String proposalId, String themeId, String evidence) {
        return """
                {"proposalId": "%s", "title": "Förslag", "themeId": "%s", "evidence": [%s]}"""
                .formatted(proposalId, themeId, evidence);
    }

    private static String assessment(String impact, String feasibility) {
        return """
                {"impact": %s, "feasibility": %s, "rationale": "Stöd", "assessedBy": "Anna"}"""
                .formatted(impact, feasibility);
    }

    private static String split(String newProposalId, String evidence) {
        return """
                {"newProposalId": "%s", "title": "Delat", "themeId": "%s", "evidence": [%s]}"""
                .formatted(newProposalId, api.theme(), evidence);
    }
}
