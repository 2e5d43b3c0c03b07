package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The visit commands and reads with bad input: every mistake in every command's body and path, unknown codes and
 * ids, MongoDB operators, and markup in every text a visit holds, shown as text on every page that shows it.
 */
class VisitBadInputTests extends CommandBadInput {

    @Override
    String area() {
        return "visits";
    }

    static Stream<Arguments> unknownCodesIdsAndValues() {
        String visit = "/api/visits/" + api.visit();
        String contribution = visit + "/contributions/" + api.contribution(1);
        String fresh = visit + "/contributions/bad-fresh";
        String twentyOneThemes = IntStream.rangeClosed(1, 21).mapToObj(n -> "\"t" + n + "\"")
                                          .collect(Collectors.joining(", "));
        return Stream.of(
                arguments("an unknown kommun", "POST", "/api/visits",
                          schedule("\"9999\"", "\"2015-11-16\"", "[\"Erik\"]"), 400, "municipalityCode"),
                arguments("a kommun code that is a MongoDB operator", "POST", "/api/visits",
                          schedule("\"$ne\"", "\"2015-11-16\"", "[]"), 400, "municipalityCode"),
                arguments("a kommun code that is a regular expression", "POST", "/api/visits",
                          schedule("\".*\"", "\"2015-11-16\"", "[]"), 400, "municipalityCode"),
                arguments("a date that is not a date", "POST", "/api/visits",
                          schedule("\"2321\"", "\"16 november\"", "[]"), 400, "date"),
                arguments("an impossible date", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-02-30\"", "[]"), 400, "date"),
                arguments("the last date Java knows (it stopped four projections before)", "POST", "/api/visits",
                          schedule("\"2321\"", "\"+999999999-12-31\"", "[]"), 400, "date"),
                arguments("a date before 1900", "POST", "/api/visits",
                          schedule("\"2321\"", "\"1899-12-31\"", "[]"), 400, "date"),
                arguments("a date with a time", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-11-16T23:30:00Z\"", "[]"), 400, "date"),
                arguments("an empty host", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-11-16\"", "[\"Erik\", \" \"]"), 400, "hosts[1]"),
                arguments("a host that is null", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-11-16\"", "[\"Erik\", null]"), 400, "hosts[1]"),
                arguments("a host with a control character", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-11-16\"", "[\"Erik\\u0007\"]"), 400, "hosts[0]"),
                arguments("a host over 200 characters", "POST", "/api/visits",
                          schedule("\"2321\"", "\"2015-11-16\"", "[\"" + "x".repeat(201) + "\"]"), 400, "hosts"),
                arguments("an unknown tour", "POST", "/api/visits", """
                        {"municipalityCode": "2321", "date": "2015-11-16", "venue": "Åre", "tourId": "no-tour"}""",
                          400, "tourId"),
                arguments("a date outside its tour", "POST", "/api/visits", """
                        {"municipalityCode": "2321", "date": "2016-01-16", "venue": "Åre", "tourId": "%s"}"""
                        .formatted(api.tour()), 400, "date"),
                arguments("a visit id used with other details", "POST", "/api/visits", """
                        {"visitId": "%s", "municipalityCode": "2321", "date": "2015-11-16", "venue": "Åre"}"""
                        .formatted(api.visit()), 409, "visitId"),
                arguments("a contribution to an unknown visit", "PUT", "/api/visits/no-visit/contributions/c",
                          contribution("NEED", "\"x\"", ""), 404, "visitId"),
                arguments("a contribution id used with other content", "PUT",
                          visit + "/contributions/" + api.contribution(1), contribution("IDEA", "\"x\"", ""), 409,
                          "contributionId"),
                arguments("an unknown kind", "PUT", fresh, contribution("WISH", "\"x\"", ""), 400, "kind"),
                arguments("a kind in lower case", "PUT", fresh, contribution("need", "\"x\"", ""), 400, "kind"),
                arguments("an empty text", "PUT", fresh, contribution("NEED", "\" \\n \"", ""), 400, "text"),
                arguments("feedback on a need", "PUT", fresh, contribution("NEED", "\"x\"", """
                        , "feedback": {"proposalId": "%s", "stance": "SUPPORT"}""".formatted(api.proposal())),
                          400, "feedback"),
                arguments("feedback without its proposal", "PUT", fresh, contribution("FEEDBACK", "\"x\"", ""), 400,
                          "feedback"),
                arguments("feedback on an unknown proposal", "PUT", fresh, contribution("FEEDBACK", "\"x\"", """
                        , "feedback": {"proposalId": "no-proposal", "stance": "SUPPORT"}"""), 400,
                          "feedback.proposalId"),
                arguments("feedback naming a proposal by an operator", "PUT", fresh, contribution("FEEDBACK", "\"x\"",
                        ", \"feedback\": {\"proposalId\": \"$where\", \"stance\": \"SUPPORT\"}"), 400,
                          "feedback.proposalId"),
                arguments("an unknown stance", "PUT", fresh, contribution("FEEDBACK", "\"x\"", """
                        , "feedback": {"proposalId": "%s", "stance": "LOVE"}""".formatted(api.proposal())), 400,
                          "feedback.stance"),
                arguments("an unknown field in the feedback", "PUT", fresh, contribution("FEEDBACK", "\"x\"", """
                        , "feedback": {"proposalId": "%s", "stance": "SUPPORT", "votes": 3}"""
                        .formatted(api.proposal())), 400, "feedback.votes"),
                arguments("logged a year ahead of the server's clock", "PUT", fresh,
                          contribution("NEED", "\"x\"", ", \"loggedAt\": \"2999-01-01T00:00:00Z\""), 400, "loggedAt"),
                arguments("logged a billion years ago (it stopped the visits projection before)", "PUT", fresh,
                          contribution("NEED", "\"x\"", ", \"loggedAt\": \"-1000000000-01-01T00:00:00Z\""), 400,
                          "loggedAt"),
                arguments("logged at a time that is not a time", "PUT", fresh,
                          contribution("NEED", "\"x\"", ", \"loggedAt\": \"yesterday\""), 400, "loggedAt"),
                arguments("amending an unknown contribution", "POST", visit + "/contributions/nothing/amendment",
                          "{\"text\": \"x\"}", 404, "contributionId"),
                arguments("amending in an unknown visit", "POST", "/api/visits/no-visit/contributions/c/amendment",
                          "{\"text\": \"x\"}", 404, "visitId"),
                arguments("an amendment with an empty text", "POST", contribution + "/amendment", "{\"text\": \"\"}",
                          400, "text"),
                arguments("retracting an unknown contribution", "POST", visit + "/contributions/nothing/retraction",
                          "{\"reason\": \"x\"}", 404, "contributionId"),
                arguments("a retraction without a reason", "POST", contribution + "/retraction",
                          "{\"reason\": \"\"}", 400, "reason"),
                arguments("tagging with an unknown theme", "PUT", contribution + "/themes",
                          "{\"themeIds\": [\"no-theme\"]}", 400, "themeIds"),
                arguments("tagging with a theme named by an operator", "PUT", contribution + "/themes",
                          "{\"themeIds\": [\"$where\"]}", 400, "themeIds"),
                arguments("tagging with a null theme", "PUT", contribution + "/themes",
                          "{\"themeIds\": [null]}", 400, "themeIds[0]"),
                arguments("tagging with 21 themes", "PUT", contribution + "/themes",
                          "{\"themeIds\": [" + twentyOneThemes + "]}", 400, "themeIds"),
                arguments("tagging an unknown contribution", "PUT", visit + "/contributions/nothing/themes",
                          "{\"themeIds\": []}", 404, "contributionId"),
                arguments("joining an unknown tour", "PUT", visit + "/tour", "{\"tourId\": \"no-tour\"}", 400,
                          "tourId"),
                arguments("a negative attendance", "PUT", visit + "/attendance",
                          "{\"participants\": {\"CITIZEN\": -3}}", 400, "participants.CITIZEN"),
                arguments("an attendance over 100,000", "PUT", visit + "/attendance",
                          "{\"participants\": {\"CITIZEN\": 100001}}", 400, "participants.CITIZEN"),
                arguments("an attendance beyond any int", "PUT", visit + "/attendance",
                          "{\"participants\": {\"CITIZEN\": 2147483648}}", 400, "participants.CITIZEN"),
                arguments("an attendance of 1.5", "PUT", visit + "/attendance",
                          "{\"participants\": {\"CITIZEN\": 1.5}}", 400, "participants.CITIZEN"),
                arguments("an attendance of an unknown sector", "PUT", visit + "/attendance",
                          "{\"participants\": {\"ALIENS\": 3}}", 400, "participants"),
                arguments("an attendance of a sector named by an operator", "PUT", visit + "/attendance",
                          "{\"participants\": {\"$gt\": 3}}", 400, "participants"),
                arguments("an empty summary", "POST", visit + "/conclusion", "{}", 400, "summary"),
                arguments("a summary of blanks", "POST", visit + "/conclusion",
                          "{\"done\": \" \", \"learned\": \"\\n\"}", 400, "summary"),
                arguments("concluding an unknown visit", "POST", "/api/visits/no-visit/conclusion",
                          "{\"done\": \"x\"}", 404, "visitId"),
                arguments("reopening an unknown visit", "POST", "/api/visits/no-visit/reopening", null, 404,
                          "visitId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownCodesIdsAndValues")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String method, String path, String body,
                                                    int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("visits"), method, path, body, status, field);
    }

    static Stream<Arguments> badReads() {
        return Stream.of(
                arguments("an unknown visit", "/api/visits/no-visit", 404, "visitId"),
                arguments("a visit id that is a MongoDB operator object", "/api/visits/%7B%22%24gt%22%3A%22%22%7D",
                          404, "visitId"),
                arguments("a visit id that is $where", "/api/visits/%24where", 404, "visitId"),
                arguments("a visit id that is a regular expression", "/api/visits/.*", 404, "visitId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isANotFoundNamingTheId(String mistake, String path, int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("visits"), "GET", path, null, status, field);
    }

    @Test
    void aTextThatLooksLikeAMongoDbQuery_isKeptAsPlainText() {
        String text = "{\"$where\": \"sleep(10000)\", \"$gt\": \"\", \"$regex\": \"(a+)+$\"}";
        String path = "/api/visits/" + api.visit() + "/contributions/bad-operators";

        assertThat(platform.put(path, CommandApi.JSON.createObjectNode().put("kind", "IDEA").put("text", text)
                                                     .put("sector", "CITIZEN").toString()).status()).isEqualTo(201);

        platform.awaitCaughtUp();
        JsonNode kept = contributions(platform.get("/api/visits/" + api.visit()).body())
                .filter(c -> c.path("contributionId").asString().equals("bad-operators")).findFirst().orElseThrow();
        assertThat(kept.path("text").asString()).isEqualTo(text);
    }

    @Test
    void tabsLineBreaksAndEveryScript_areTakenAsTheyAre() {
        String text = "Rad ett\r\n\tindrag; ÅÄÖ æøå, ﬁ, 漢字, עברית, 🙂 och e\u0301 (e med akut accent)";
        String path = "/api/visits/" + api.visit() + "/contributions/bad-unicode";

        assertThat(platform.put(path, CommandApi.JSON.createObjectNode().put("kind", "NEED").put("text", text)
                                                     .put("sector", "CITIZEN").toString()).status()).isEqualTo(201);

        platform.awaitCaughtUp();
        assertThat(contributions(platform.get("/api/visits/" + api.visit()).body())
                           .filter(c -> c.path("contributionId").asString().equals("bad-unicode"))
                           .map(c -> c.path("text").asString())).containsExactly(text);
    }

    @Test
    void theLongestSummary_fitsUnderTheBodyLimit() {
        assertThat(platform.post("/api/visits", """
                {"visitId": "bad-long-summary", "municipalityCode": "2305", "date": "2015-11-20", "venue": "Bräcke"}"""
        ).status()).isEqualTo(201);
        var summary = CommandApi.JSON.createObjectNode();
        for (String field : List.of("done", "gained", "learned", "wisestNext", "needs", "nextStep", "strengths")) {
            summary.put(field, "å".repeat(4_000));
        }

        assertThat(platform.post("/api/visits/bad-long-summary/conclusion", summary.toString()).status())
                .isEqualTo(200);
        platform.awaitCaughtUp();
    }

    @Test
    void markupInEveryTextOfAVisit_isShownAsTextOnEveryPage() {
        String visit = "bad-markup-visit";
        assertThat(platform.post("/api/visits", CommandApi.JSON.createObjectNode()
                .put("visitId", visit).put("municipalityCode", "2303").put("date", "2015-11-20")
                .put("venue", Markup.in("venue")).put("tourId", api.tour())
                .set("hosts", CommandApi.JSON.createArrayNode().add(Markup.in("host"))).toString()).status())
                .isEqualTo(201);
        String contributions = "/api/visits/" + visit + "/contributions/";
        assertThat(platform.put(contributions + "bad-markup-need", need(Markup.in("text"))).status()).isEqualTo(201);
        assertThat(platform.put(contributions + "bad-markup-gone", need("Tas tillbaka")).status()).isEqualTo(201);
        assertThat(platform.post(contributions + "bad-markup-gone/retraction", CommandApi.JSON.createObjectNode()
                .put("reason", Markup.in("reason")).toString()).status()).isEqualTo(200);
        assertThat(platform.put(contributions + "bad-markup-need/themes",
                                "{\"themeIds\": [\"" + api.theme() + "\"]}").status()).isEqualTo(200);
        var summary = CommandApi.JSON.createObjectNode();
        List<String> reflections = List.of("done", "gained", "learned", "wisestNext", "needs", "nextStep",
                                           "strengths");
        reflections.forEach(field -> summary.put(field, Markup.in(field)));
        assertThat(platform.post("/api/visits/" + visit + "/conclusion", summary.toString()).status())
                .isEqualTo(200);
        platform.awaitCaughtUp();

        Markup.assertShownAsText(platform.raw("/visits/" + visit), "venue", "host", "text", "reason", "done",
                                 "gained", "learned", "wisestNext", "needs", "nextStep", "strengths");
        Markup.assertShownAsText(platform.raw("/tours"), "venue");
        Markup.assertShownAsText(platform.raw("/tours/" + api.tour()), "venue");
        Markup.assertShownAsText(platform.raw("/municipalities/2303"), "venue", "text");
        Markup.assertShownAsText(platform.raw("/municipalities/2303/feedback"), "text");
        Markup.assertShownAsText(platform.raw("/themes/" + api.theme()), "text");
        Markup.assertNoMarkup(platform.raw("/search?q=alert+text"));
        assertThat(platform.raw("/search?q=alert+text").text()).contains("&lt;script&gt;");
        Markup.assertNoMarkup(platform.raw("/"));
    }

    private static String schedule(String municipalityCode, String date, String hosts) {
        return """
                {"municipalityCode": %s, "date": %s, "venue": "Åre", "hosts": %s}"""
                .formatted(municipalityCode, date, hosts);
    }

    private static String contribution(String kind, String text, String more) {
        return """
                {"kind": "%s", "text": %s, "sector": "CITIZEN"%s}""".formatted(kind, text, more.strip());
    }

    private static String need(String text) {
        return CommandApi.JSON.createObjectNode().put("kind", "NEED").put("text", text).put("sector", "CITIZEN")
                              .toString();
    }

    private static Stream<JsonNode> contributions(JsonNode visit) {
        return visit.path("contributions").valueStream();
    }
}
