package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Planning tours with bad input, reading unknown tours, and a tour's name with markup on every page that shows it. */
class TourBadInputTests extends CommandBadInput {

    @Override
    String area() {
        return "tours";
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("a last day before the first", plan("bad-t1", "2015-11-30", "2015-11-01"), 400, "endDate"),
                arguments("a tour of 367 days", plan("bad-t1", "2015-01-01", "2016-01-03"), 400, "endDate"),
                arguments("the last days Java knows (a 500 before)",
                          plan("bad-t1", "+999999999-12-30", "+999999999-12-31"), 400, "startDate"),
                arguments("a first day before 1900", plan("bad-t1", "1899-12-31", "1900-01-02"), 400, "startDate"),
                arguments("a last day after 2100", plan("bad-t1", "2100-12-31", "2101-01-01"), 400, "endDate"),
                arguments("an impossible date", plan("bad-t1", "2015-11-31", "2015-12-01"), 400, "startDate"),
                arguments("a date with a time", plan("bad-t1", "2015-11-01T10:00:00Z", "2015-12-01"), 400,
                          "startDate"),
                arguments("an id that is a MongoDB operator", plan("$where", "2015-11-01", "2015-11-02"), 400,
                          "tourId"),
                arguments("an id used with other dates", plan(api.tour(), "2015-11-02", "2015-11-30"), 409, "tourId"),
                arguments("an id that names a visit", plan(api.visit(), "2015-11-01", "2015-11-30"), 409, "tourId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String body, int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("tours"), "POST", "/api/tours", body, status, field);
    }

    static Stream<Arguments> badReads() {
        return Stream.of(
                arguments("an unknown tour", "/api/tours/no-tour"),
                arguments("a tour id that is a MongoDB operator object", "/api/tours/%7B%22%24ne%22%3Anull%7D"),
                arguments("a tour id that is $where", "/api/tours/%24where"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isANotFoundNamingTheTour(String mistake, String path) {
        Refusals.assertRefusedAndUnchanged(platform, api.reads("tours"), "GET", path, null, 404, "tourId");
    }

    @Test
    void markupInATourName_isShownAsTextOnEveryPage() {
        assertThat(platform.post("/api/tours", CommandApi.JSON.createObjectNode()
                .put("tourId", "bad-markup-tour").put("name", Markup.in("tour")).put("startDate", "2015-11-01")
                .put("endDate", "2015-11-30").toString()).status()).isEqualTo(201);
        assertThat(platform.post("/api/visits", """
                {"visitId": "bad-markup-tour-visit", "municipalityCode": "2380", "date": "2015-11-10",
                 "venue": "Östersund", "tourId": "bad-markup-tour"}""").status()).isEqualTo(201);
        platform.awaitCaughtUp();

        Markup.assertShownAsText(platform.raw("/tours"), "tour");
        Markup.assertShownAsText(platform.raw("/tours/bad-markup-tour"), "tour");
        Markup.assertShownAsText(platform.raw("/programmes/" + api.programme()), "tour");
    }

    private static String plan(String tourId, String startDate, String endDate) {
        return """
                {"tourId": "%s", "name": "Turné", "startDate": "%s", "endDate": "%s"}"""
                .formatted(tourId, startDate, endDate);
    }
}
