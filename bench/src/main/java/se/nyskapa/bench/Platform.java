package se.nyskapa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone platform as its own process, started the way the README starts it, on a data directory of its own;
 * stopped with the benchmark if the benchmark is stopped.
 */
final class Platform implements AutoCloseable {

    /** The benchmark's own platform on loopback, started and stopped by it: its passwords need not be secret. */
    private static final String ADMIN_PASSWORD = "admin-password-of-the-benchmark";
    private static final String BENCH_USER = "bench";
    private static final String BENCH_PASSWORD = "bench-password-of-the-benchmark";

    private final Process process;
    private final Thread stopWithBenchmark;
    private final Api api;
    private final double startupSeconds;

    private Platform(Process process, Thread stopWithBenchmark, Api api, double startupSeconds) {
        this.process = process;
        this.stopWithBenchmark = stopWithBenchmark;
        this.api = api;
        this.startupSeconds = startupSeconds;
    }

    static Platform start(BenchOptions options, Path dataDir, Path regionFile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(options.jvmOptions());
        command.addAll(List.of("-jar", options.platformJar().toString(),
                               "--nyskapa.data-dir=" + dataDir,
                               "--nyskapa.admin-password=" + ADMIN_PASSWORD,
                               "--nyskapa.region=file:" + regionFile,
                               "--server.port=" + options.port()));
        command.addAll(options.platformArguments());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("platform.log").toFile()))
                .start();
        Thread stopWithBenchmark = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopWithBenchmark);
        Api admin = new Api(options.port(), "admin", ADMIN_PASSWORD);
        while (!admin.get("/api/admin/projections").ok()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform stopped while starting; see " + dataDir.resolve("platform.log"));
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                process.destroyForcibly();
                throw new IllegalStateException("the platform was not ready after 3 minutes");
            }
            Thread.sleep(20);
        }
        double startupSeconds = (System.nanoTime() - started) / 1e9;
        Api.Response user = admin.post("/api/admin/users", Map.of(
                "username", BENCH_USER, "password", BENCH_PASSWORD,
                "roles", List.of("STAFF", "ANALYST", "LEADERSHIP", "ADMIN")));
        if (user.status() != 409) {
            admin.require(user, "creating the benchmark's user");
        }
        return new Platform(process, stopWithBenchmark, new Api(options.port(), BENCH_USER, BENCH_PASSWORD),
                            startupSeconds);
    }

    Api api() {
        return api;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    /** Resident memory of the platform's process now, from the kernel's own account. */
    double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** A clean stop (SIGTERM), so that the event database is closed and the benchmark may open it. */
    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopWithBenchmark);
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the platform did not stop within 2 minutes of SIGTERM");
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
