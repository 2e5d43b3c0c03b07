package se.nyskapa.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.service.ProcessorLag;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;

/**
 * The gauges an operator watches: how far each processor's segments are behind the events, and where each
 * projection's rebuild stands. The visits projection is held at a gate to make it fall behind.
 */
@ProjectionTest
@TestPropertySource(properties = "nyskapa.metrics.refresh=PT0.1S")
@Import(ProjectionGaugesTests.Held.class)
class ProjectionGaugesTests {

    private static final String HELD = "visits";
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    /** Holds every event the visits projection is given until opened. */
    @TestConfiguration
    static class Held {

        private volatile CountDownLatch open = new CountDownLatch(0);

        void close() {
            open = new CountDownLatch(1);
        }

        void open() {
            open.countDown();
        }

        @Bean
        ConfigurerModule holdVisits() {
            MessageHandlerInterceptor<EventMessage<?>> wait = (unitOfWork, chain) -> {
                open.await();
                return chain.proceed();
            };
            return configurer -> configurer.eventProcessing(
                    processing -> processing.registerHandlerInterceptor(HELD, config -> wait));
        }
    }

    @Autowired
    Held gate;
    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    MeterRegistry registry;

    @AfterEach
    void release() {
        gate.open();
    }

    @Test
    void aProcessorBehindTheEvents_showsItsLagPerSegment_andNoneOnceCaughtUp() {
        gate.close();
        publishVisits(3);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(lag(HELD)).extracting(Gauge::value).anySatisfy(behind -> assertThat(behind).isPositive());
            assertThat(lag("municipalities")).hasSize(4).extracting(Gauge::value).containsOnly(0.0);
        });
        gate.open();
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(registry.find(ProcessorLag.NAME).gauges()).extracting(Gauge::value).containsOnly(0.0));
        assertThat(lag(HELD)).as("one per segment").hasSize(4);
    }

    @Test
    void aRebuild_showsItsStateAndProgress_untilItHasCaughtUp() {
        publishVisits(3);
        projections.awaitCaughtUp();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(state(HELD, "RUNNING")).isEqualTo(1.0);
            assertThat(progress(HELD)).isEqualTo(1.0);
        });

        gate.close();
        rebuilds.rebuild(HELD);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(state(HELD, "REBUILDING")).isEqualTo(1.0);
            assertThat(state(HELD, "RUNNING")).isEqualTo(0.0);
            assertThat(progress(HELD)).isLessThan(1.0);
        });
        assertThat(state("municipalities", "RUNNING")).as("the others run on").isEqualTo(1.0);
        gate.open();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(state(HELD, "RUNNING")).isEqualTo(1.0);
            assertThat(state(HELD, "REBUILDING")).isEqualTo(0.0);
            assertThat(progress(HELD)).isEqualTo(1.0);
        });
    }

    @Test
    void everyMeter_isRecordedOnce_inTheRegistryPrometheusReads() {
        // Axon's metrics would otherwise make a registry of their own beside it, and Spring Boot a composite of both
        assertThat(registry).isInstanceOf(PrometheusMeterRegistry.class);
    }

    private Collection<Gauge> lag(String processor) {
        return registry.find(ProcessorLag.NAME).tag("processor", processor).gauges();
    }

    private double state(String projection, String state) {
        return registry.get(RebuildGauges.STATE).tags("projection", projection, "state", state).gauge().value();
    }

    private double progress(String projection) {
        return registry.get(RebuildGauges.PROGRESS).tag("projection", projection).gauge().value();
    }

    private void publishVisits(int count) {
        for (int n = 1; n <= count; n++) {
            VisitEvents visit = new VisitEvents("besok-" + n, "2321");
            events.publish(visit.scheduled(TODAY, "Kommunhuset"),
                           visit.recorded("c-" + n, ContributionKind.NEED, Sector.CITIZEN, "Fler mötesplatser",
                                          Instant.parse("2015-11-12T09:00:00Z")));
        }
    }
}
