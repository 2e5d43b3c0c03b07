package se.nyskapa.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.nyskapa.query.cluster.ProcessorReset;
import se.nyskapa.query.support.Projection;
import se.nyskapa.query.web.ConflictException;
import se.nyskapa.query.web.NotFoundException;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds projections from the events while the platform runs: the processor is stopped, its reset handler drops
 * the projection's documents, and it starts again from the first event. Reads answer from the partly rebuilt
 * documents meanwhile; {@link #status()} says how far each rebuild has come.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final List<String> names;
    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ProcessorReset resets;
    /**
     * Rebuilds asked for here that have not caught up yet. The processor's own replay flag does not tell: it stays
     * set until an event newer than the replay's end arrives, even across a restart. A rebuild is done once every
     * segment has reached the newest event.
     */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    ProjectionRebuilds(List<Projection> projections, EventProcessingConfiguration processing, EventStore events,
                       ProcessorReset resets) {
        this.names = projections.stream().map(Projection::processingGroup).sorted().toList();
        this.processing = processing;
        this.events = events;
        this.resets = resets;
    }

    public List<String> names() {
        return names;
    }

    /** Every projection against one reading of the event store's head. */
    public List<ProjectionStatus> status() {
        long head = head();
        return names.stream().map(name -> status(name, head)).toList();
    }

    public ProjectionStatus status(String name) {
        return status(name, head());
    }

    private ProjectionStatus status(String name, long head) {
        StreamingEventProcessor processor = processor(name);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean caughtUp = !segments.isEmpty() && position >= head
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        if (caughtUp) {
            started.remove(name);
        }
        ProjectionStatus.State state;
        if (segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            state = ProjectionStatus.State.FAILING;
        } else if (!caughtUp && started.contains(name)) {
            state = ProjectionStatus.State.REBUILDING;
        } else if (!processor.isRunning()) {
            state = ProjectionStatus.State.STOPPED;
        } else {
            state = ProjectionStatus.State.RUNNING;
        }
        double progress = state != ProjectionStatus.State.REBUILDING ? 1.0
                : head <= 0 ? 0 : Math.max(0, position) / (double) head;
        return new ProjectionStatus(name, state, position, head, progress, segments.size());
    }

    /**
     * Starts a rebuild, with the other query-side instances kept off the projection's segments until its tokens are
     * reset; refused while the projection is being rebuilt already, here or by another instance.
     */
    public synchronized ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (status(name).state() == ProjectionStatus.State.REBUILDING) {
            throw new ConflictException("name", "projection " + name + " is being rebuilt already");
        }
        reset(name, processor);
        log.info("Rebuilding projection {} from the events", name);
        return status(name);
    }

    /**
     * Drops the projection's documents and sets its tokens back to the first event, before its processor has
     * started: it then rebuilds as it starts.
     */
    void rebuildBeforeStart(String name) {
        reset(name, processor(name));
        log.info("Rebuilding projection {} from the events as it starts", name);
    }

    private void reset(String name, StreamingEventProcessor processor) {
        started.add(name);
        try {
            resets.reset(processor);
        } catch (RuntimeException e) {
            started.remove(name);
            throw e;
        }
    }

    private StreamingEventProcessor processor(String name) {
        if (!names.contains(name)) {
            throw new NotFoundException("name", "no projection called " + name + "; there are " + names);
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
