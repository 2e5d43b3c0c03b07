package se.nyskapa.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One of the platform's jars started as an operator starts it: a JVM of its own, its output in a log file, spoken to
 * over HTTP as {@link Api#TESTER}. {@link #kill()} is SIGKILL, with no chance to flush or close anything; a service
 * started again takes the same arguments and data directory.
 */
final class ServiceProcess implements AutoCloseable {

    /** The jars as the build makes them, from the standalone module's directory (where the tests run). */
    static final Path STANDALONE_JAR = Path.of("target/nyskapa.jar");
    static final Path COMMAND_JAR = Path.of("../command-side/target/nyskapa-command.jar");
    static final Path QUERY_JAR = Path.of("../query-side/target/nyskapa-query.jar");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final String name;
    private final List<String> command;
    private final Path log;
    private final String readyLine;
    private final int port;
    /** The ports of a store process, 0 for a service. */
    private final int mongoPort;
    private final int h2Port;
    private Process process;

    private ServiceProcess(String name, Path jar, List<String> arguments, Path logDir, String readyLine, int port,
                           int mongoPort, int h2Port) {
        this.name = name;
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and quick to start, as a test's several JVMs on a two-core machine must be
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toAbsolutePath().toString()));
        this.command.addAll(arguments);
        this.log = logDir.resolve(name + ".log");
        this.readyLine = readyLine;
        this.port = port;
        this.mongoPort = mongoPort;
        this.h2Port = h2Port;
    }

    /** The standalone jar serving only its stores, for services of split mode. */
    static ServiceProcess store(Path dataDir, Path logDir) {
        int mongoPort = freePort();
        int h2Port = freePort();
        return new ServiceProcess("store", STANDALONE_JAR,
                                  List.of("--nyskapa.mode=store", "--nyskapa.store.mongo-port=" + mongoPort,
                                          "--nyskapa.store.h2-port=" + h2Port, "--nyskapa.data-dir=" + dataDir),
                                  logDir, "Store ready", 0, mongoPort, h2Port);
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort + "/nyskapa";
    }

    String databaseUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + h2Port + "/nyskapa;MODE=PostgreSQL";
    }

    /** A service of split mode over the store, with a data directory of its own and the store's key directory. */
    static ServiceProcess service(String name, Path jar, ServiceProcess store, Path storeDir, Path dataDir,
                                  Path logDir, String... options) {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.mongodb.uri=" + store.mongoUri(), "--spring.datasource.url=" + store.databaseUrl(),
                "--server.port=" + port, "--nyskapa.data-dir=" + dataDir,
                "--nyskapa.personal.key-dir=" + storeDir.resolve("keys"),
                "--nyskapa.admin-password=" + Api.ADMIN_PASSWORD));
        arguments.addAll(List.of(options));
        return new ServiceProcess(name, jar, arguments, logDir, "Started ", port, 0, 0);
    }

    /** The standalone platform, both sides in one process, on a data directory of its own. */
    static ServiceProcess standalone(Path dataDir, Path logDir) {
        int port = freePort();
        return new ServiceProcess("standalone", STANDALONE_JAR, List.of(
                "--server.port=" + port, "--nyskapa.data-dir=" + dataDir,
                "--nyskapa.admin-password=" + Api.ADMIN_PASSWORD), logDir, "Started ", port, 0, 0);
    }

    /** Starts the process and waits until it says it is ready; a process that ends first fails with its log. */
    ServiceProcess start() {
        try {
            Files.createDirectories(log.getParent());
            long logged = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                                                                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                                                        log.toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (!readySince(logged)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " ended with " + process.exitValue() + " before it was "
                                                            + "ready:\n" + tail());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " was not ready in " + START_TIMEOUT + ":\n" + tail());
                }
                Thread.sleep(200);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The service as the user with every role; the accounts are shared by every service, and users are created on
     * the command side or the standalone platform: {@code api().createUser(…)} once.
     */
    Api api() {
        return new Api(HTTP, "http://127.0.0.1:" + port, Api.basic(Api.TESTER, Api.TESTER_PASSWORD));
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the process ends at once, with nothing flushed or closed. */
    void kill() {
        process.destroyForcibly();
        awaitEnd();
    }

    /** SIGTERM: the process stops as a service manager stops it. */
    void stop() {
        process.destroy();
        awaitEnd();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean readySince(long offset) throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset, all.length)),
                          StandardCharsets.UTF_8).contains(readyLine);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
