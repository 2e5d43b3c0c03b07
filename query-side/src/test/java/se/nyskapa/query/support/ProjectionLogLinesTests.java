package se.nyskapa.query.support;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.VisitEvents;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.Sector.BUSINESS;

/**
 * A request's correlation id, which the command side stores on its events as Axon's trace id, on the log lines of
 * every projection that handles those events, with the service's own configuration file ({@code query-side.yml}, as
 * the service jar reads it): JSON lines, the event processors' handling logged at debug level.
 */
@ProjectionTest
@TestPropertySource(properties = {
        "spring.config.name=query-side",
        "nyskapa.data-dir=target/log-lines-tests/${random.uuid}",
        "logging.level.se.nyskapa.service.EventLogContext=debug"
})
@ExtendWith(OutputCaptureExtension.class)
class ProjectionLogLinesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");

    /**
     * Logging is set up once a JVM, by the first context started, and not again while that context lives (a test's
     * context stays cached): released here, it is set up from this test's configuration file.
     */
    @BeforeAll
    static void setUpLoggingAfresh() {
        LoggingSystem.get(ProjectionLogLinesTests.class.getClassLoader()).cleanUp();
    }

    @Autowired
    EventStore eventStore;

    @Test
    void theProjectionsLogLines_nameTheEventAndTheRequestItCameFrom(CapturedOutput output) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "Visit", ARE.visitId(), 0, ARE.scheduled(TODAY, "Åre kommunhus"),
                MetaData.with("traceId", "workshop-are-1").and("correlationId", "the-command")));
        GenericDomainEventMessage<?> recorded = new GenericDomainEventMessage<>(
                "Visit", ARE.visitId(), 1, ARE.recorded("c-1", IDEA, BUSINESS, "Ett besökscentrum i Åre",
                                                         Instant.parse("2015-11-12T09:00:00Z")),
                MetaData.with("traceId", "workshop-are-2").and("correlationId", "another-command"));
        eventStore.publish(recorded);

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            List<JsonNode> handled = lines(output).stream().filter(
                    line -> line.path("eventId").asString().equals(recorded.getIdentifier())).toList();
            assertThat(handled).extracting(line -> line.path("message").asString()).contains(
                    "visits handled ContributionRecorded", "municipalities handled ContributionRecorded",
                    "history handled ContributionRecorded", "search handled ContributionRecorded");
            assertThat(handled).allSatisfy(line -> assertThat(line.path("correlationId").asString())
                    .isEqualTo("workshop-are-2"));
        });
    }

    /** The lines written so far, every one JSON. */
    private static List<JsonNode> lines(CapturedOutput output) {
        return output.getOut().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (JacksonException notJson) {
                throw new AssertionError("not a JSON log line: " + line, notJson);
            }
        }).toList();
    }
}
