package se.nyskapa.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of several runs: each figure's median and its spread, and each target met or missed. */
final class Summary {

    /** A figure's target: at least or at most a value. */
    record Target(boolean atLeast, double value) {

        boolean metBy(double figure) {
            return atLeast ? figure >= value : figure <= value;
        }

        @Override
        public String toString() {
            return (atLeast ? "≥ " : "≤ ") + Report.format(value);
        }
    }

    static final Map<String, Target> TARGETS = targets();

    private static Map<String, Target> targets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("ingest_ratio", new Target(true, 0.5));
        targets.put("ingest_p99_ms", new Target(false, 50));
        targets.put("visible_p99_ms", new Target(false, 250));
        targets.put("rebuild_per_s", new Target(true, 20_000));
        targets.put("rebuild_ratio", new Target(true, 0.1));
        targets.put("query_p99_ms_10k", new Target(false, 20));
        targets.put("query_p99_ms", new Target(false, 20));
        targets.put("query_ratio", new Target(false, 1.5));
        targets.put("rss_mb", new Target(false, 600));
        targets.put("startup_s", new Target(false, 15));
        targets.put("restart_s", new Target(false, 15));
        return Collections.unmodifiableMap(targets);
    }

    record Figure(String name, double median, double min, double max, List<Double> runs) {

        Target target() {
            return TARGETS.get(name);
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    Summary(List<BenchRun.Outcome> runs) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (BenchRun.Outcome run : runs) {
            run.figures().forEach((name, value) -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            failures.addAll(run.failures());
        }
        values.forEach((name, list) -> figures.put(name, figure(name, list)));
    }

    private static Figure figure(String name, List<Double> runs) {
        List<Double> sorted = runs.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Figure(name, median, sorted.get(0), sorted.get(n - 1), List.copyOf(runs));
    }

    Map<String, Figure> figures() {
        return figures;
    }

    List<String> failures() {
        return failures;
    }

    /** Targets in their order, with the figure that was measured for each (absent if the run never got there). */
    List<String> missed() {
        return TARGETS.entrySet().stream()
                      .filter(t -> !figures.containsKey(t.getKey())
                                   || !t.getValue().metBy(figures.get(t.getKey()).median()))
                      .map(Map.Entry::getKey)
                      .toList();
    }
}
