package se.nyskapa.standalone;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * A steady stream of contributions, as staff at several workshops send them: each thread records one contribution
 * after another, round the visits, under ids of its own, and remembers which the server acknowledged (a 2xx). A
 * request that got no answer (the service was killed, or not started again yet) is tried again under its id after a
 * pause, as the browser's offline queue does; any other answer (a refusal, a server error) is kept, to fail the test.
 */
final class ContributionStream implements AutoCloseable {

    private static final String[] KINDS = {"NEED", "IDEA", "OPPORTUNITY", "RESOURCE"};
    private static final String[] SECTORS = {"CITIZEN", "MUNICIPAL_STAFF", "BUSINESS", "CIVIL_SOCIETY"};

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param services whom each thread sends to; asked again for every request, so that a test can move the stream
     */
    ContributionStream(String name, List<String> visitIds, List<Supplier<Api>> services) {
        for (int t = 0; t < services.size(); t++) {
            Supplier<Api> service = services.get(t);
            String prefix = name + "-" + t + "-";
            Thread thread = new Thread(() -> send(prefix, visitIds, service), prefix + "stream");
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void send(String prefix, List<String> visitIds, Supplier<Api> service) {
        for (int i = 0; running.get(); i++) {
            String id = prefix + i;
            String visit = visitIds.get(i % visitIds.size());
            String body = "{\"kind\": \"" + KINDS[i % KINDS.length] + "\", \"sector\": \"" + SECTORS[i % SECTORS.length]
                    + "\", \"text\": \"Inspel " + id + " om mötesplatser och samverkan\"}";
            while (running.get()) {
                Api.Response answer;
                try {
                    answer = service.get().put("/api/visits/" + visit + "/contributions/" + id, body);
                } catch (IllegalStateException | UncheckedIOException unanswered) {
                    pause();
                    continue;
                }
                if (answer.status() == 200 || answer.status() == 201) {
                    acknowledged.add(id);
                } else {
                    failures.add(id + ": " + answer);
                }
                break;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least this many more contributions than now have been acknowledged. */
    void awaitMore(int count) {
        int target = acknowledged.size() + count;
        await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= target);
    }

    /** Stops sending; answers what the server acknowledged. */
    Set<String> stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Set.copyOf(acknowledged);
    }

    /** The answers that were neither an acknowledgement nor silence: a refusal, a server error. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        stop();
    }
}
