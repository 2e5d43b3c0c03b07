package se.nyskapa.bench;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Writes through the API from a fixed number of concurrent clients, each waiting for its answer before it sends the
 * next, as staff at their laptops do. Work comes in lanes (a visit's contributions, in the order they were heard): a
 * client takes a lane and sends it to the end, so no two clients write to the same visit at once.
 */
final class Load {

    /** One request; {@code acknowledged} hears the moment its 2xx arrived. */
    record Call(Method method, String path, Object body, LongConsumer acknowledged) {

        Call(Method method, String path, Object body) {
            this(method, path, body, at -> {
            });
        }
    }

    enum Method {
        PUT, POST
    }

    record Result(long acknowledged, long failed, double seconds, Histogram latency, List<String> failures) {

        double perSecond() {
            return acknowledged / seconds;
        }
    }

    static Result run(Api api, int clients, List<Iterator<Call>> lanes) throws Exception {
        Queue<Iterator<Call>> work = new ConcurrentLinkedQueue<>(lanes);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            running.add(threads.submit(() -> {
                Histogram latency = histogram();
                for (Iterator<Call> lane = work.poll(); lane != null; lane = work.poll()) {
                    while (lane.hasNext()) {
                        Call call = lane.next();
                        long sent = System.nanoTime();
                        Api.Response response = call.method() == Method.PUT
                                                ? api.put(call.path(), call.body())
                                                : api.post(call.path(), call.body());
                        long answered = System.nanoTime();
                        if (response.ok()) {
                            latency.recordValue(answered - sent);
                            call.acknowledged().accept(answered);
                        } else {
                            failures.add(call.method() + " " + call.path() + " -> " + response.status() + " "
                                         + response.body());
                        }
                    }
                }
                return latency;
            }));
        }
        Histogram latency = histogram();
        for (Future<Histogram> client : running) {
            latency.add(client.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.MINUTES);
        List<String> failed = List.copyOf(failures);
        return new Result(latency.getTotalCount(), failed.size(), seconds, latency,
                          failed.subList(0, Math.min(10, failed.size())));
    }

    /** Nanoseconds from 1 µs to 10 minutes, to three significant digits. */
    static Histogram histogram() {
        return new Histogram(1_000, TimeUnit.MINUTES.toNanos(10), 3);
    }
}
