package se.nyskapa.bench;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long after its 2xx a contribution shows in its kommun's profile. One acknowledgement in {@code every} is
 * followed: a single watcher reads the profile of each kommun with contributions awaited, every few milliseconds,
 * until the visit's count has reached the contribution's number in the visit (a visit's contributions are sent in
 * order, by one client, and none is retracted).
 */
final class Visibility {

    private static final long GIVE_UP = TimeUnit.SECONDS.toNanos(60);

    private record Awaited(String visitId, long number, long acknowledgedAt) {
    }

    private final Api api;
    private final int every;
    private final AtomicLong acknowledgements = new AtomicLong();
    private final Map<String, List<Awaited>> awaited = new ConcurrentHashMap<>();
    private final Histogram delays = Load.histogram();
    private final Thread watcher;
    private volatile boolean closing;
    private long givenUp;

    Visibility(Api api, int every) {
        this.api = api;
        this.every = every;
        this.watcher = new Thread(this::watch, "visibility");
        watcher.start();
    }

    /** Called by a client at each 2xx for contribution {@code number} (counted from 1) of a visit. */
    void acknowledged(String municipalityCode, String visitId, long number, long at) {
        if (acknowledgements.incrementAndGet() % every == 0) {
            awaited.compute(municipalityCode, (code, list) -> {
                List<Awaited> updated = list == null ? new ArrayList<>() : list;
                updated.add(new Awaited(visitId, number, at));
                return updated;
            });
        }
    }

    private void watch() {
        while (!closing || !awaited.isEmpty()) {
            for (String code : List.copyOf(awaited.keySet())) {
                Api.Response profile = api.get("/api/municipalities/" + code);
                long now = System.nanoTime();
                Map<String, Long> counts = profile.ok() ? counts(profile.json()) : Map.of();
                awaited.computeIfPresent(code, (c, list) -> {
                    list.removeIf(a -> {
                        boolean seen = counts.getOrDefault(a.visitId(), 0L) >= a.number();
                        if (seen) {
                            delays.recordValue(now - a.acknowledgedAt());
                        } else if (now - a.acknowledgedAt() > GIVE_UP) {
                            givenUp++;
                            return true;
                        }
                        return seen;
                    });
                    return list.isEmpty() ? null : list;
                });
            }
            sleep();
        }
    }

    private static Map<String, Long> counts(JsonNode profile) {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        profile.path("visits").forEach(v -> counts.put(v.path("visitId").asString(), v.path("contributionCount").asLong()));
        return counts;
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Result(Histogram delays, long givenUp) {
    }

    /** Waits for every contribution followed to show (or to be given up on after a minute). */
    Result finish() throws InterruptedException {
        closing = true;
        watcher.join();
        return new Result(delays, givenUp);
    }
}
