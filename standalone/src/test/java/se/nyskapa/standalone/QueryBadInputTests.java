package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The reads with bad input: search, theme suggestions, history, kommun profiles and återkoppling, with parameters and
 * ids that are MongoDB operators, regular expressions or out of range; requests no endpoint takes; and the pages with
 * the same, which answer a page and never show what was sent as markup. Nothing a read is sent changes anything.
 */
@ExtendWith(BadInputPlatform.class)
class QueryBadInputTests {

    private static final String OPERATOR = "%7B%22%24gt%22%3A%22%22%7D";
    private static RunningPlatform platform;
    private static CommandApi api;
    private static List<String> reads;

    @BeforeAll
    static void fixture(RunningPlatform running, CommandApi commands) {
        platform = running;
        api = commands;
        reads = List.of("/api/visits/" + api.visit(), "/api/municipalities/" + CommandApi.KOMMUN, "/api/themes/matrix");
    }

    static Stream<Arguments> badReads() {
        String kommun = "/api/municipalities/" + CommandApi.KOMMUN;
        return Stream.of(
                arguments("/api/search?kind=WISH", 400, "kind"),
                arguments("/api/search?kind=" + OPERATOR, 400, "kind"),
                arguments("/api/search?sector=PRESS", 400, "sector"),
                arguments("/api/search?municipality=9999", 400, "municipality"),
                arguments("/api/search?municipality=" + OPERATOR, 400, "municipality"),
                arguments("/api/search?municipality=%24where", 400, "municipality"),
                arguments("/api/search?theme=%24where", 400, "theme"),
                arguments("/api/search?theme=.*", 400, "theme"),
                arguments("/api/search?visit=%24regex", 400, "visit"),
                arguments("/api/search?page=-1", 400, "page"),
                arguments("/api/search?page=1000", 400, "page"),
                arguments("/api/search?page=two", 400, "page"),
                arguments("/api/search?page=99999999999", 400, "page"),
                arguments("/api/search?sort=%24natural", 400, "sort"),
                arguments("/api/search?q=" + "a".repeat(501), 400, "q"),
                arguments("/api/themes/suggestions", 400, "text"),
                arguments("/api/themes/suggestions?text=%20", 400, "text"),
                arguments("/api/themes/suggestions?text=" + "a".repeat(4_001), 400, "text"),
                arguments("/api/history/%24where", 400, "id"),
                arguments("/api/history/" + OPERATOR, 400, "id"),
                arguments("/api/history/no-such-thing", 404, "id"),
                arguments("/api/history/" + api.visit() + "?page=-1", 400, "page"),
                arguments("/api/history/" + api.visit() + "?page=two", 400, "page"),
                arguments("/api/municipalities/9999", 404, "code"),
                arguments("/api/municipalities/" + OPERATOR, 404, "code"),
                arguments("/api/municipalities/%24where", 404, "code"),
                arguments("/api/municipalities/.*", 404, "code"),
                arguments(kommun + "?page=-1", 400, "page"),
                arguments(kommun + "?page=two", 400, "page"),
                arguments(kommun + "?page=1e3", 400, "page"),
                arguments("/api/municipalities/" + OPERATOR + "/feedback", 404, "code"),
                arguments("/api/search?q=%C0%AF", 400, "query"),
                arguments("/api/search?q=%FF%FE", 400, "query"),
                arguments("/api/history/" + api.visit() + "?page=%ED%A0%80", 400, "query"),
                // no rule names it: refused as not open to any role before it is looked up (AccessRules)
                arguments("/api/nothing-here", 403, "role"),
                arguments("/api/visits", 405, "method"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void aBadRead_isRefusedNamingTheField_andChangesNothing(String path, int status, String field) {
        Refusals.assertRefusedAndUnchanged(platform, reads, "GET", path, null, status, field);
    }

    @Test
    void aMethodAPathDoesNotHave_isRefusedNamingTheMethod() {
        Refusals.assertRefusedAndUnchanged(platform, reads, "DELETE", "/api/visits/" + api.visit(), null, 405,
                                           "method");
        // no rule opens a POST to a read: refused as not open to any role before it is looked up (AccessRules)
        Refusals.assertRefusedAndUnchanged(platform, reads, "POST", "/api/search", "{}", 403, "role");
    }

    @Test
    void aReadAskedForInATypeItDoesNotHave_isRefusedNamingAccept() {
        Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

        RunningPlatform.Raw response = platform.raw("GET", "/api/visits/" + api.visit(), Map.of("Accept", "text/csv"),
                                                    null);

        assertThat(response.status()).isEqualTo(406);
        Refusals.assertProblemNaming(response, "Accept");
        before.assertUnchanged(platform);
    }

    /** Operators in a parameter's name are a parameter the API does not have: the search is the one without it. */
    @Test
    void aMongoDbOperatorInAParametersName_isAParameterLikeAnyOther() {
        long all = platform.get("/api/search").body().path("total").asLong();

        assertThat(platform.get("/api/search?municipality%5B%24ne%5D=" + CommandApi.KOMMUN).body().path("total")
                           .asLong()).isEqualTo(all);
        assertThat(platform.get("/api/search?%24where=sleep(10000)").body().path("total").asLong()).isEqualTo(all);
    }

    /**
     * Search words are plain words, never a query: no regular expression, wildcard or operator is run, so none can
     * take the server's time, whatever it is built to do to a backtracking matcher.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(a+)+$", "/(a+)+$/", "(x+x+)+y", "a{1,99999}", ".*.*.*.*.*.*=", "a*a*a*a*a*a*a*b",
            "{\"$where\": \"sleep(10000)\"}", "{\"$regex\": \"(a+)+$\", \"$options\": \"s\"}", "$gt", "*", "?", "\\",
            "title:x AND text:y OR NOT z~2^9", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"})
    void aSearchForSomethingBuiltToHang_answersAtOnce_asPlainWords(String words) {
        Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

        RunningPlatform.Raw answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> platform.raw(
                "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("hits").isArray()).isTrue();
        before.assertUnchanged(platform);
    }

    @Test
    void aSearchForTheMostWordsItTakes_answersAtOnce() {
        String words = IntStream.range(0, 166).mapToObj(n -> "" + (char) ('a' + n / 26) + (char) ('a' + n % 26))
                                .collect(Collectors.joining(" "));

        RunningPlatform.Raw answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> platform.raw(
                "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    static Stream<String> badPages() {
        String script = URLEncoder.encode(Markup.in("param"), StandardCharsets.UTF_8);
        return Stream.of(
                "/search?q=" + script + "&kind=WISH&sector=" + script + "&theme=%24where&visit=" + script
                        + "&municipality=" + OPERATOR + "&sort=" + script + "&page=" + script,
                "/search?q=%28a%2B%29%2B%24&page=99999999999",
                "/municipalities/" + script,
                "/municipalities/" + CommandApi.KOMMUN + "?page=" + script,
                "/municipalities/" + script + "/feedback",
                "/visits/" + script,
                "/tours/" + script,
                "/themes/" + script,
                "/proposals/" + script,
                "/programmes/" + script,
                "/programmes/" + api.programme() + "?asOf=" + script + "&version=" + script + "&moment=" + script,
                "/programmes/" + api.programme() + "/diff?from=" + script + "&to=" + script,
                "/?lang=" + script,
                "/analysis?lang=..%2F..%2Fetc%2Fpasswd");
    }

    /** A page asked for with nonsense answers a page (or a problem), never a 5xx, and never echoes markup. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badPages")
    void aPageWithBadParameters_answersWithoutShowingThemAsMarkup(String path) {
        Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

        RunningPlatform.Raw page = platform.raw(path);

        assertThat(page.status()).as(page.text()).isLessThan(500);
        assertThat(page.text()).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
        before.assertUnchanged(platform);
    }
}
