package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each mistake a client can make gets a problem+json answer naming the field, and stores nothing. */
class BadInputTests {

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;

    @BeforeAll
    static void aPlannedAndAConcludedVisit() {
        platform = RunningPlatform.start(dataDir);
        platform.post("/api/visits", """
                {"visitId": "open", "municipalityCode": "2313", "date": "2015-11-19", "venue": "Strömsund"}""");
        platform.put("/api/visits/open/contributions/known", """
                {"kind": "NEED", "text": "Lokaler för föreningslivet", "sector": "CIVIL_SOCIETY"}""");
        platform.post("/api/visits", """
                {"visitId": "closed", "municipalityCode": "2303", "date": "2015-11-23", "venue": "Hammarstrand"}""");
        platform.post("/api/visits/closed/conclusion", "{\"done\": \"Dialog med kommunledningen\"}");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static Stream<Arguments> mistakes() {
        String contribution = "/api/visits/open/contributions/new-one";
        return Stream.of(
                arguments("malformed JSON", "PUT", contribution, "{\"kind\": \"NEED\", ", 400, "body"),
                arguments("missing kind", "PUT", contribution, "{\"text\": \"x\", \"sector\": \"CITIZEN\"}", 400,
                          "kind"),
                arguments("unknown kind", "PUT", contribution,
                          "{\"kind\": \"WISH\", \"text\": \"x\", \"sector\": \"CITIZEN\"}", 400, "kind"),
                arguments("unknown sector", "PUT", contribution,
                          "{\"kind\": \"NEED\", \"text\": \"x\", \"sector\": \"PRESS\"}", 400, "sector"),
                arguments("unknown field", "PUT", contribution,
                          "{\"kind\": \"NEED\", \"text\": \"x\", \"sector\": \"CITIZEN\", \"urgent\": true}", 400,
                          "urgent"),
                arguments("empty text", "PUT", contribution,
                          "{\"kind\": \"NEED\", \"text\": \"  \", \"sector\": \"CITIZEN\"}", 400, "text"),
                arguments("text over 4,000 characters", "PUT", contribution,
                          "{\"kind\": \"NEED\", \"text\": \"" + "å".repeat(4_001) + "\", \"sector\": \"CITIZEN\"}",
                          400, "text"),
                arguments("an id with a space", "PUT", "/api/visits/open/contributions/a%20b",
                          "{\"kind\": \"NEED\", \"text\": \"x\", \"sector\": \"CITIZEN\"}", 400, "contributionId"),
                arguments("unknown kommun", "POST", "/api/visits",
                          "{\"municipalityCode\": \"9999\", \"date\": \"2015-11-16\", \"venue\": \"x\"}", 400,
                          "municipalityCode"),
                arguments("a date that is not a date", "POST", "/api/visits",
                          "{\"municipalityCode\": \"2321\", \"date\": \"16 november\", \"venue\": \"x\"}", 400, "date"),
                arguments("an impossible date", "POST", "/api/visits",
                          "{\"municipalityCode\": \"2321\", \"date\": \"2015-02-30\", \"venue\": \"x\"}", 400, "date"),
                arguments("missing venue", "POST", "/api/visits",
                          "{\"municipalityCode\": \"2321\", \"date\": \"2015-11-16\"}", 400, "venue"),
                arguments("an empty host", "POST", "/api/visits",
                          "{\"municipalityCode\": \"2321\", \"date\": \"2015-11-16\", \"venue\": \"x\", "
                                  + "\"hosts\": [\"Erik\", null]}", 400, "hosts[1]"),
                arguments("a visit id reused with other details", "POST", "/api/visits",
                          "{\"visitId\": \"open\", \"municipalityCode\": \"2321\", \"date\": \"2015-11-16\", "
                                  + "\"venue\": \"x\"}", 409, "visitId"),
                arguments("unknown visit", "PUT", "/api/visits/nowhere/contributions/new-one",
                          "{\"kind\": \"NEED\", \"text\": \"x\", \"sector\": \"CITIZEN\"}", 404, "visitId"),
                arguments("unknown contribution", "POST", "/api/visits/open/contributions/nothing/amendment",
                          "{\"text\": \"x\"}", 404, "contributionId"),
                arguments("a contribution to a concluded visit", "PUT", "/api/visits/closed/contributions/late",
                          "{\"kind\": \"IDEA\", \"text\": \"x\", \"sector\": \"CITIZEN\"}", 409, "visitId"),
                arguments("the same id with other content", "PUT", "/api/visits/open/contributions/known",
                          "{\"kind\": \"IDEA\", \"text\": \"x\", \"sector\": \"CITIZEN\"}", 409, "contributionId"),
                arguments("a retraction without reason", "POST", "/api/visits/open/contributions/known/retraction",
                          "{\"reason\": \"\"}", 400, "reason"),
                arguments("a negative attendance", "PUT", "/api/visits/open/attendance",
                          "{\"participants\": {\"CITIZEN\": -3}}", 400, "participants.CITIZEN"),
                arguments("attendance of an unknown sector", "PUT", "/api/visits/open/attendance",
                          "{\"participants\": {\"ALIENS\": 3}}", 400, "participants"),
                arguments("an empty summary", "POST", "/api/visits/open/conclusion", "{}", 400, "summary"),
                arguments("a summary field too long", "POST", "/api/visits/open/conclusion",
                          "{\"learned\": \"" + "x".repeat(4_001) + "\"}", 400, "learned"),
                arguments("an unknown kommun read", "GET", "/api/municipalities/9999", "", 404, "code"),
                arguments("a negative page", "GET", "/api/municipalities/2313?page=-1", "", 400, "page"),
                arguments("a page that is not a number", "GET", "/api/municipalities/2313?page=two", "", 400, "page"),
                arguments("an unknown visit read", "GET", "/api/visits/nowhere", "", 404, "visitId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedWithAProblemNamingTheField_andStoresNothing(String mistake, String method, String path,
                                                               String body, int status, String field) {
        long eventsBefore = platform.storedEvents();

        RunningPlatform.Response response = platform.send(method, path, body);

        assertThat(response.status()).as(mistake).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(response.body().path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(platform.storedEvents()).isEqualTo(eventsBefore);
    }
}
