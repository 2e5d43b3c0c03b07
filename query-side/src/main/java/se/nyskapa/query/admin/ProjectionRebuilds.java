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
import se.nyskapa.query.support.SharedTokens;
import se.nyskapa.query.support.SharedTokens.StoredSegment;
import se.nyskapa.query.web.ConflictException;
import se.nyskapa.query.web.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds projections from the events while the platform runs: the processor is stopped, its reset handler drops
 * the projection's documents, and it starts again from the first event. Reads answer from the partly rebuilt
 * documents meanwhile; {@link #status()} says how far each rebuild has come, and where each projection stands in all
 * the query-side instances that share its tokens.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final List<String> names;
    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ProcessorReset resets;
    private final SharedTokens tokens;
    /**
     * Rebuilds asked for here that have not caught up yet. The processor's own replay flag does not tell: it stays
     * set until an event newer than the replay's end arrives, even across a restart. A rebuild is done once every
     * segment has reached the newest event.
     */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    ProjectionRebuilds(List<Projection> projections, EventProcessingConfiguration processing, EventStore events,
                       ProcessorReset resets, SharedTokens tokens) {
        this.names = projections.stream().map(Projection::processingGroup).sorted().toList();
        this.processing = processing;
        this.events = events;
        this.resets = resets;
        this.tokens = tokens;
    }

    public List<String> names() {
        return names;
    }

    /** Every projection against one reading of the event store's head and of the shared tokens. */
    public List<ProjectionStatus> status() {
        long head = head();
        Map<String, List<StoredSegment>> stored = tokens.read();
        return names.stream().map(name -> status(name, head, stored)).toList();
    }

    public ProjectionStatus status(String name) {
        return status(name, head(), tokens.read());
    }

    /**
     * Where the projection stands in every query-side instance: the segments this one works on as its processor
     * sees them, the others as their tokens are stored. A projection whose tokens are not shared (the search index,
     * kept by each node for itself) is this node's alone.
     */
    private ProjectionStatus status(String name, long head, Map<String, List<StoredSegment>> stored) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        List<SegmentAt> segments = new ArrayList<>();
        here.values().forEach(segment -> segments.add(SegmentAt.here(segment)));
        if (tokens.keeps(name)) {
            stored.getOrDefault(name, List.of()).stream().filter(segment -> !here.containsKey(segment.segment()))
                  .forEach(segment -> segments.add(SegmentAt.elsewhere(segment)));
        }
        long position = segments.stream().mapToLong(SegmentAt::position).min().orElse(-1);
        boolean caughtUp = !segments.isEmpty() && position >= head
                && here.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        if (caughtUp) {
            started.remove(name);
        }
        int elsewhere = (int) segments.stream().filter(SegmentAt::claimedElsewhere).count();
        int unclaimed = segments.size() - here.size() - elsewhere;
        ProjectionStatus.State state;
        if (here.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            state = ProjectionStatus.State.FAILING;
        } else if (!caughtUp && started.contains(name) || segments.stream().anyMatch(SegmentAt::replaying)) {
            state = ProjectionStatus.State.REBUILDING;
        } else if (!processor.isRunning() && elsewhere == 0) {
            state = ProjectionStatus.State.STOPPED;
        } else {
            state = ProjectionStatus.State.RUNNING;
        }
        double progress = state != ProjectionStatus.State.REBUILDING ? 1.0
                : head <= 0 ? 0 : Math.max(0, position) / (double) head;
        return new ProjectionStatus(name, state, position, head, progress, segments.size(), here.size(), elsewhere,
                                    unclaimed);
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

    /**
     * Marked as started once its tokens are back at the first event: a status read while the old positions were still
     * stored would find them caught up and clear the mark, and the whole rebuild would show as running.
     */
    private void reset(String name, StreamingEventProcessor processor) {
        resets.reset(processor);
        started.add(name);
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

    /**
     * One segment of a projection's processor.
     *
     * @param claimedElsewhere another instance works on it
     * @param replaying        it is replaying events it had handled before its processor was reset: a rebuild, asked
     *                         of any instance, is under way (its token stays a replay token after it has caught up,
     *                         until a newer event comes, and so does not tell on its own)
     */
    private record SegmentAt(long position, boolean claimedElsewhere, boolean replaying) {

        static SegmentAt here(EventTrackerStatus status) {
            long position = status.getCurrentPosition().orElse(-1);
            return new SegmentAt(position, false, behind(position, status.getResetPosition()));
        }

        static SegmentAt elsewhere(StoredSegment stored) {
            long position = stored.position();
            return new SegmentAt(position, stored.owner() != null, behind(position, stored.resetAt()));
        }

        private static boolean behind(long position, OptionalLong resetAt) {
            return resetAt.isPresent() && position < resetAt.getAsLong();
        }
    }
}
