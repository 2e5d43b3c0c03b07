package se.nyskapa.bench;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Readers of the dashboards: a fixed number of clients, each asking the next view as soon as the last answered, for a
 * fixed time after a short warm-up, in turn: a kommun's profile (a kommun drawn at random), the theme matrix, the
 * programme summary.
 */
final class QueryLoad {

    /** A view, and the path that asks it (given a random source, for views with a parameter). */
    record View(String name, Function<SplittableRandom, String> path) {
    }

    record Result(Map<String, Histogram> byView, Histogram all, long failed) {
    }

    static Result run(Api api, int readers, List<View> views, double warmUpSeconds, double seconds) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(readers);
        long measuredFrom = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        long until = measuredFrom + (long) (seconds * 1e9);
        List<Future<Map<String, Histogram>>> running = new ArrayList<>();
        long[] failed = new long[readers];
        for (int reader = 0; reader < readers; reader++) {
            int me = reader;
            running.add(threads.submit(() -> {
                SplittableRandom random = new SplittableRandom(me);
                Map<String, Histogram> latency = new LinkedHashMap<>();
                views.forEach(v -> latency.put(v.name(), Load.histogram()));
                for (long turn = me; System.nanoTime() < until; turn++) {
                    View view = views.get((int) (turn % views.size()));
                    long sent = System.nanoTime();
                    Api.Response response = api.get(view.path().apply(random));
                    long answered = System.nanoTime();
                    if (!response.ok()) {
                        failed[me]++;
                    } else if (sent >= measuredFrom) {
                        latency.get(view.name()).recordValue(answered - sent);
                    }
                }
                return latency;
            }));
        }
        Map<String, Histogram> byView = new LinkedHashMap<>();
        views.forEach(v -> byView.put(v.name(), Load.histogram()));
        for (Future<Map<String, Histogram>> reader : running) {
            reader.get().forEach((view, latency) -> byView.get(view).add(latency));
        }
        threads.shutdown();
        Histogram all = Load.histogram();
        byView.values().forEach(all::add);
        long failures = 0;
        for (long f : failed) {
            failures += f;
        }
        return new Result(byView, all, failures);
    }
}
