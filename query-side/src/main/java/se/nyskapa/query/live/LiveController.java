package se.nyskapa.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import se.nyskapa.query.admin.ProjectionRebuilds;
import se.nyskapa.query.web.InvalidParameterException;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events for live pages: first {@code watching} with the projections followed, then an event
 * {@code change} with {@code {"projection": NAME}} each time one of them has stored a batch. The stream ends after a while and the browser's EventSource opens it
 * again, so no connection outlives a proxy's patience or a client that went away silently.
 */
@RestController
@Tag(name = "Live updates")
class LiveController {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final QueryGateway queries;
    private final List<String> projections;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    LiveController(QueryGateway queries, ProjectionRebuilds rebuilds) {
        this.queries = queries;
        this.projections = rebuilds.names();
    }

    @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'change' each time one of the named projections (comma-separated) "
                         + "has stored new events")
    SseEmitter live(@RequestParam("projections") String names) {
        List<String> followed = Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                                      .distinct().toList();
        List<String> unknown = followed.stream().filter(name -> !projections.contains(name)).toList();
        if (followed.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidParameterException("projections", "must name projections among " + projections
                                                               + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        SubscriptionQueryResult<WatchProjections, ProjectionChanged> subscription = queries.subscriptionQuery(
                new WatchProjections(followed), ResponseTypes.instanceOf(WatchProjections.class),
                ResponseTypes.instanceOf(ProjectionChanged.class));
        // The first event answers at once, so that the response starts before anything changes.
        subscription.initialResult().subscribe(watching -> send(emitter, "watching", watching));
        Disposable updates = subscription.updates().subscribe(change -> send(emitter, "change", change));
        Runnable end = () -> {
            open.remove(emitter);
            updates.dispose();
            subscription.cancel();
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        open.add(emitter);
        return emitter;
    }

    /** Open streams would hold up a graceful shutdown until its timeout: they end first, and browsers reconnect. */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.forEach(SseEmitter::complete);
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }
}
