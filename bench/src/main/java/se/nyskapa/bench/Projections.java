package se.nyskapa.bench;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The platform's projections as its administration API shows them: where each stands, and their rebuild. */
final class Projections {

    /**
     * Asking costs the platform a look at each processor and at the event store's head: asked every few
     * milliseconds, the status took a tenth of the CPU a rebuild had. A tenth of a second is well below a rebuild's
     * spread between runs.
     */
    private static final long POLL_MILLIS = 100;

    private final Api api;

    Projections(Api api) {
        this.api = api;
    }

    /** Waits until every projection is running and has handled every stored event; returns the head's position. */
    long awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode status = api.require(api.get("/api/admin/projections"), "the projections' status").json();
            boolean caughtUp = true;
            long head = -1;
            for (JsonNode projection : status) {
                head = Math.max(head, projection.path("head").asLong());
                caughtUp &= projection.path("state").asString().equals("RUNNING")
                            && projection.path("position").asLong() >= projection.path("head").asLong();
            }
            if (caughtUp) {
                return head;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("the projections did not catch up within 30 minutes");
    }

    /** Rebuilds every projection at once, the search index included; returns the seconds until all caught up. */
    double rebuildAll() throws InterruptedException {
        List<String> names = new ArrayList<>();
        api.require(api.get("/api/admin/projections"), "the projections' status").json()
           .forEach(p -> names.add(p.path("name").asString()));
        long started = System.nanoTime();
        for (String name : names) {
            JsonNode status = api.require(api.post("/api/admin/projections/" + name + "/rebuild", null),
                                          "rebuilding " + name).json();
            if (!status.path("state").asString().equals("REBUILDING")) {
                throw new IllegalStateException(name + " did not start rebuilding: " + status);
            }
        }
        awaitCaughtUp();
        return (System.nanoTime() - started) / 1e9;
    }
}
