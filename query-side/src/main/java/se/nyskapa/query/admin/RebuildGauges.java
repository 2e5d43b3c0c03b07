package se.nyskapa.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each projection's {@link ProjectionRebuilds#status() status} as gauges: {@value #PROGRESS} (0 to 1 while it is
 * rebuilt, 1 otherwise) and {@value #STATE}, 1 for the state it is in and 0 for the others (tags {@code projection}
 * and {@code state}), so that an alert can watch for {@code FAILING} or a rebuild that does not move. Read every
 * {@code nyskapa.metrics.refresh} (5 s), one reading for all, rather than at every scrape.
 */
@Component
class RebuildGauges {

    static final String PROGRESS = "nyskapa.projection.rebuild.progress";
    static final String STATE = "nyskapa.projection.state";

    private final ProjectionRebuilds rebuilds;
    /** The last reading; empty until the first, when every gauge reads NaN (no value). */
    private volatile Map<String, ProjectionStatus> statuses = Map.of();

    RebuildGauges(ProjectionRebuilds rebuilds, MeterRegistry registry) {
        this.rebuilds = rebuilds;
        for (String name : rebuilds.names()) {
            Gauge.builder(PROGRESS, () -> read(name, ProjectionStatus::progress)).baseUnit("ratio")
                 .description("How far the projection's rebuild has come; 1 when it is not being rebuilt")
                 .tag("projection", name).register(registry);
            for (ProjectionStatus.State state : ProjectionStatus.State.values()) {
                Gauge.builder(STATE, () -> read(name, status -> status.state() == state ? 1 : 0))
                     .description("1 for the state the projection is in, 0 for the others")
                     .tags("projection", name, "state", state.name()).register(registry);
            }
        }
    }

    /**
     * Read under the lock {@link ProjectionRebuilds#rebuild} holds: a reading taken while a rebuild is starting, its
     * mark set but its processor not reset yet, sees the old positions at the head, takes the rebuild for done and
     * clears the mark, and the rebuild then shows as RUNNING throughout.
     */
    @Scheduled(fixedDelayString = "${nyskapa.metrics.refresh:PT5S}")
    void refresh() {
        List<ProjectionStatus> read;
        synchronized (rebuilds) {
            read = rebuilds.status();
        }
        statuses = read.stream().collect(Collectors.toUnmodifiableMap(ProjectionStatus::name, Function.identity()));
    }

    private double read(String name, Function<ProjectionStatus, Number> value) {
        ProjectionStatus status = statuses.get(name);
        return status == null ? Double.NaN : value.apply(status).doubleValue();
    }
}
