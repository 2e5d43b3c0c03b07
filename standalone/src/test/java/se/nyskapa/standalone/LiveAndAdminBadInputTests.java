package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The live stream and the projections' administration with bad input: refused naming the field, nothing changed. */
@ExtendWith(BadInputPlatform.class)
class LiveAndAdminBadInputTests {

    private static RunningPlatform platform;
    private static List<String> reads;

    @BeforeAll
    static void fixture(RunningPlatform running, CommandApi api) {
        platform = running;
        reads = List.of("/api/visits/" + api.visit());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("no projections", "GET", "/api/live", 400, "projections"),
                arguments("empty projections", "GET", "/api/live?projections=", 400, "projections"),
                arguments("only commas", "GET", "/api/live?projections=,,,", 400, "projections"),
                arguments("an unknown projection", "GET", "/api/live?projections=visits,lottery", 400,
                          "projections"),
                arguments("a projection named by an operator", "GET", "/api/live?projections=%24where", 400,
                          "projections"),
                arguments("a projection named by a path", "GET", "/api/live?projections=..%2F..%2Fetc%2Fpasswd", 400,
                          "projections"),
                arguments("rebuilding an unknown projection", "POST", "/api/admin/projections/lottery/rebuild", 404,
                          "name"),
                arguments("rebuilding a projection named by an operator", "POST",
                          "/api/admin/projections/%24where/rebuild", 404, "name"),
                arguments("rebuilding a projection named with markup", "POST",
                          "/api/admin/projections/%3Cscript%3E/rebuild", 404, "name"),
                arguments("a rebuild asked for by reading", "GET", "/api/admin/projections/visits/rebuild", 405,
                          "method"),
                arguments("projections posted to", "POST", "/api/admin/projections", 405, "method"),
                arguments("projections deleted", "DELETE", "/api/admin/projections", 405, "method"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedNamingTheField_andChangesNothing(String mistake, String method, String path, int status,
                                                    String field) {
        Refusals.assertRefusedAndUnchanged(platform, reads, method, path, null, status, field);
    }

    /** As a browser's EventSource asks: the refusal is still a problem, not an empty stream. */
    @Test
    void anUnknownProjection_askedForAsAStream_isRefusedNamingTheParameter() {
        Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

        RunningPlatform.Raw refused = platform.raw("GET", "/api/live?projections=lottery",
                                                   Map.of("Accept", "text/event-stream"), null);

        assertThat(refused.status()).isEqualTo(400);
        Refusals.assertProblemNaming(refused, "projections");
        before.assertUnchanged(platform);
    }
}
