package se.nyskapa.standalone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Where recorded contributions are found: the event table itself, and the projections users read. */
final class Recorded {

    private Recorded() {
    }

    /** The ids of the contributions recorded in the event table, asserting that none was recorded twice. */
    static Set<String> inEventStore(String databaseUrl) {
        List<String> ids = JdbcClient.create(new DriverManagerDataSource(databaseUrl, "sa", ""))
                                     .sql("SELECT payload FROM domainevententry WHERE payloadtype = ?")
                                     .param("se.nyskapa.visit.ContributionRecorded")
                                     .query((row, n) -> Api.JSON.readTree(row.getBytes(1)).path("contributionId")
                                                                 .asString())
                                     .list();
        Map<String, Long> counts = ids.stream().collect(Collectors.groupingBy(Function.identity(),
                                                                             Collectors.counting()));
        assertThat(counts).as("contributions recorded more than once")
                          .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        return counts.keySet();
    }

    /** Every stored contribution is in the projections once: in its visit and in the export of all of them. */
    static void assertProjectionsHoldExactly(Api query, List<String> visits, Set<String> stored) {
        query.awaitCaughtUp();
        assertThat(inVisits(query, visits)).as("contributions in the visits")
                                           .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(exported(query)).as("contributions exported").containsExactlyInAnyOrderElementsOf(stored);
    }

    static List<String> inVisits(Api query, List<String> visits) {
        List<String> ids = new ArrayList<>();
        for (String visit : visits) {
            query.get("/api/visits/" + visit).body().path("contributions")
                 .forEach(c -> ids.add(c.path("contributionId").asString()));
        }
        return ids;
    }

    static List<String> exported(Api query) {
        return StreamSupport.stream(query.get("/api/exports/contributions.json").body().spliterator(), false)
                            .map(c -> c.path("contributionId").asString()).toList();
    }
}
