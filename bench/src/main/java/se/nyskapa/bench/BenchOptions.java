package se.nyskapa.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark run does.
 *
 * @param mode               {@code quick}, {@code full}, or {@code custom} when the size or runs were given
 * @param contributions      contributions recorded through the API in each run
 * @param runs               runs, each on a fresh data directory; figures are their median
 * @param smallStore         contributions in the store when the dashboards are first read
 * @param jvmOptions         the platform's JVM options: those the README starts it with, and any added with
 *                           {@code --platform-jvm=} (a profiler, say)
 * @param platformArguments  the platform's own arguments added with {@code --platform-arg=}, to try a setting
 * @param rawInsertSeconds   the longest the raw insert baseline may run; its rate is what counts
 * @param keepData           keep each run's data directory (a run deletes it when it ends)
 */
record BenchOptions(String mode, int contributions, int runs, int clients, int readers, int smallStore,
                    double querySeconds, int visibilitySampleEvery, double rawInsertSeconds, int port, long seed, boolean keepData,
                    Path platformJar, Path workDir, Path outDir, List<String> jvmOptions,
                    List<String> platformArguments) {

    /** The JVM options of the README's start command. */
    static final List<String> PLATFORM_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
                                                             "-Daxoniq.update-checker.disabled=true");

    static BenchOptions parse(String... args) {
        boolean quick = List.of(args).contains("--quick");
        int contributions = quick ? 100_000 : 1_000_000;
        int runs = quick ? 1 : 3;
        Path out = Path.of("bench/target");
        Path jar = Path.of("standalone/target/nyskapa.jar");
        int port = 18480;
        boolean keep = false;
        String mode = quick ? "quick" : "full";
        List<String> jvm = new ArrayList<>(PLATFORM_JVM_OPTIONS);
        List<String> platformArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--contributions=")) {
                contributions = Integer.parseInt(value(arg));
                mode = "custom";
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(value(arg));
                mode = "custom";
            } else if (arg.startsWith("--out=")) {
                out = Path.of(value(arg));
            } else if (arg.startsWith("--platform=")) {
                jar = Path.of(value(arg));
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--platform-arg=")) {
                platformArgs.add(value(arg));
            } else if (arg.startsWith("--platform-jvm=")) {
                jvm.add(value(arg));
            } else if (arg.equals("--keep-data")) {
                keep = true;
            } else if (!arg.equals("--quick")) {
                throw new IllegalArgumentException(
                        "unknown option " + arg + "; known: --quick, --contributions=N, --runs=N, --out=DIR, "
                        + "--platform=JAR, --platform-jvm=OPTION, --platform-arg=ARG, --port=N, --keep-data");
            }
        }
        return new BenchOptions(mode, contributions, runs, 32, 32, 10_000, quick ? 8 : 20, 50, quick ? 10 : 30, port,
                                20261123L, keep, jar.toAbsolutePath(), out.resolve("bench-data").toAbsolutePath(),
                                out.toAbsolutePath(), List.copyOf(jvm), List.copyOf(platformArgs));
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
