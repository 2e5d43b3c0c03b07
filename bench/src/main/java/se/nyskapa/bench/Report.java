package se.nyskapa.bench;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The benchmark's results: {@code results.json} for machines, {@code results.md} and {@code results.png} for people. */
final class Report {

    private static final Map<String, String> MEANING = meanings();

    private static Map<String, String> meanings() {
        Map<String, String> meaning = new LinkedHashMap<>();
        meaning.put("ingest_per_s", "contributions recorded per second through the API, 32 clients");
        meaning.put("raw_insert_per_s", "rows of the same size inserted raw into the event database, 32 clients, each committed");
        meaning.put("ingest_ratio", "ingest / raw insert");
        meaning.put("ingest_p50_ms", "median latency of a recording");
        meaning.put("ingest_p99_ms", "99th percentile latency of a recording");
        meaning.put("visible_p50_ms", "median time from a recording's 2xx to its kommun's profile showing it");
        meaning.put("visible_p99_ms", "99th percentile of the same");
        meaning.put("rebuild_per_s", "events per second rebuilding every projection, the search index included");
        meaning.put("raw_read_per_s", "events per second reading the event table raw, deserialising nothing");
        meaning.put("rebuild_ratio", "rebuild / raw read");
        meaning.put("query_p99_ms_10k", "99th percentile of dashboard reads, 32 readers, 10,000 contributions stored");
        meaning.put("query_p99_ms", "the same with every contribution stored");
        meaning.put("query_ratio", "large store / small store");
        meaning.put("rss_mb", "the platform's resident memory after the run");
        meaning.put("startup_s", "process start to ready, fresh data directory");
        meaning.put("restart_s", "process start to ready, on the run's full data directory");
        return meaning;
    }

    record Machine(int cores, long memoryMb, String jvm, String os) {
    }

    static void write(Path out, BenchOptions options, Summary summary, Machine machine, String commit,
                      double seconds) throws IOException {
        Files.createDirectories(out);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", options.mode());
        json.put("contributions", options.contributions());
        json.put("runs", options.runs());
        json.put("commit", commit);
        json.put("machine", machine);
        json.put("seconds", seconds);
        summary.figures().forEach((name, figure) -> json.put(name, figure.median()));
        Map<String, Object> spread = new LinkedHashMap<>();
        summary.figures().forEach((name, figure) -> spread.put(name, Map.of("min", figure.min(), "max", figure.max(),
                                                                           "runs", figure.runs())));
        json.put("spread", spread);
        List<String> missed = summary.missed();
        Map<String, Object> targets = new LinkedHashMap<>();
        Summary.TARGETS.forEach((name, target) -> targets.put(name, Map.of(
                "target", target.toString(), "met", !missed.contains(name))));
        json.put("targets", targets);
        json.put("missed", missed);
        json.put("failures", summary.failures());
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("results.json").toFile(), json);
        Files.writeString(out.resolve("results.md"), markdown(options, summary, machine, commit));
        chart(summary, out.resolve("results.png"));
    }

    static String markdown(BenchOptions options, Summary summary, Machine machine, String commit) {
        StringBuilder md = new StringBuilder();
        md.append("# Nyskapa benchmark\n\n")
          .append(String.format(Locale.ROOT, "%,d contributions, %d run(s), commit `%s`; %d cores, %,d MB, %s, %s%n%n",
                                options.contributions(), options.runs(), commit, machine.cores(), machine.memoryMb(),
                                machine.jvm(), machine.os()))
          .append("| figure | median | spread (min – max) | target | |\n|---|---:|---:|---|---|\n");
        List<String> missed = summary.missed();
        inOrder(summary).forEach(figure -> {
            Summary.Target target = figure.target();
            String verdict = target == null ? "" : missed.contains(figure.name()) ? "**missed**" : "met";
            md.append("| `").append(figure.name()).append("` ").append(MEANING.getOrDefault(figure.name(), ""))
              .append(" | ").append(format(figure.median()))
              .append(" | ").append(format(figure.min())).append(" – ").append(format(figure.max()))
              .append(" | ").append(target == null ? "" : target.toString())
              .append(" | ").append(verdict).append(" |\n");
        });
        md.append('\n').append(summary.failures().isEmpty()
                               ? "Every acknowledged contribution is in the event store once, and in the rebuilt profiles.\n"
                               : "**FAILED:**\n" + String.join("\n", summary.failures().stream().map(f -> "- " + f).toList())
                                 + "\n");
        return md.toString();
    }

    /** The figures the targets speak of first, in the order of the table; the detail after them. */
    private static List<Summary.Figure> inOrder(Summary summary) {
        List<Summary.Figure> figures = new ArrayList<>();
        MEANING.keySet().stream().map(summary.figures()::get).filter(Objects::nonNull).forEach(figures::add);
        summary.figures().values().stream().filter(f -> !MEANING.containsKey(f.name())).forEach(figures::add);
        return figures;
    }

    static String format(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                                      : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Throughput against its baselines beside latency against its targets, side by side in one picture. */
    private static void chart(Summary summary, Path file) throws IOException {
        DefaultCategoryDataset throughput = new DefaultCategoryDataset();
        add(throughput, summary, "ingest_per_s", "Nyskapa", "inspel");
        add(throughput, summary, "raw_insert_per_s", "rå databas", "inspel");
        add(throughput, summary, "rebuild_per_s", "Nyskapa", "ombyggnad");
        add(throughput, summary, "raw_read_per_s", "rå databas", "ombyggnad");
        DefaultCategoryDataset latency = new DefaultCategoryDataset();
        for (String name : List.of("ingest_p99_ms", "visible_p99_ms", "query_p99_ms_10k", "query_p99_ms")) {
            add(latency, summary, name, "p99", name.replace("_p99_ms", ""));
            Summary.Target target = Summary.TARGETS.get(name);
            latency.addValue(target.value(), "mål", name.replace("_p99_ms", ""));
        }
        JFreeChart left = ChartFactory.createBarChart("Genomströmning (händelser/s)", null, "per sekund", throughput,
                                                      PlotOrientation.VERTICAL, true, false, false);
        JFreeChart right = ChartFactory.createBarChart("Latens, 99:e percentil (ms)", null, "ms", latency,
                                                       PlotOrientation.VERTICAL, true, false, false);
        BufferedImage image = new BufferedImage(1400, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 1400, 600);
        left.draw(graphics, new Rectangle(0, 0, 700, 600));
        right.draw(graphics, new Rectangle(700, 0, 700, 600));
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void add(DefaultCategoryDataset data, Summary summary, String figure, String series, String column) {
        Summary.Figure measured = summary.figures().get(figure);
        if (measured != null) {
            data.addValue(measured.median(), series, column);
        }
    }
}
