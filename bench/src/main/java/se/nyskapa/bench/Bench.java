package se.nyskapa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark: {@code bench/run [--quick]}. Each run starts the standalone platform on a fresh data directory and
 * measures it against raw reads and writes of its own event database; see the README's "Benchmark" section.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        BenchOptions options = BenchOptions.parse(args);
        if (!Files.isRegularFile(options.platformJar())) {
            throw new IllegalStateException("no platform jar at " + options.platformJar() + ": build it first");
        }
        long started = System.nanoTime();
        List<BenchRun.Outcome> outcomes = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            System.out.printf("run %d of %d: %,d contributions%n", run + 1, options.runs(), options.contributions());
            outcomes.add(new BenchRun(options, run).run());
        }
        Summary summary = new Summary(outcomes);
        Report.Machine machine = new Report.Machine(Runtime.getRuntime().availableProcessors(), memoryMb(),
                                                    System.getProperty("java.vm.name") + " "
                                                    + System.getProperty("java.runtime.version"),
                                                    System.getProperty("os.name") + " " + System.getProperty("os.version"));
        Report.write(options.outDir(), options, summary, machine, commit(), (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.print(Report.markdown(options, summary, machine, commit()));
        System.out.println("\nwritten: " + options.outDir().resolve("results.json") + ", results.md, results.png");
        if (!summary.failures().isEmpty()) {
            System.exit(1);
        }
    }

    private static long memoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** The commit measured, marked when the working tree differs from it. */
    private static String commit() throws IOException, InterruptedException {
        String head = git("rev-parse", "--short=12", "HEAD");
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor() == 0 ? output : "unknown";
    }
}
