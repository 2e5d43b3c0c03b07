package se.nyskapa.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTests {

    private static BenchRun.Outcome run(double ingestRatio, double rssMb, String... failures) {
        return new BenchRun.Outcome(Map.of("ingest_ratio", ingestRatio, "rss_mb", rssMb), List.of(failures));
    }

    @Test
    void a_figure_is_the_median_of_its_runs_with_their_spread() {
        Summary summary = new Summary(List.of(run(0.4, 700), run(0.9, 500), run(0.6, 550)));

        Summary.Figure ratio = summary.figures().get("ingest_ratio");
        assertThat(ratio.median()).isEqualTo(0.6);
        assertThat(ratio.min()).isEqualTo(0.4);
        assertThat(ratio.max()).isEqualTo(0.9);
        assertThat(ratio.runs()).containsExactly(0.4, 0.9, 0.6);
    }

    @Test
    void a_target_is_met_or_missed_by_the_median_and_one_never_measured_is_missed() {
        Summary summary = new Summary(List.of(run(0.4, 700), run(0.9, 500), run(0.6, 550)));

        assertThat(summary.missed()).doesNotContain("ingest_ratio", "rss_mb")
                                    .contains("ingest_p99_ms", "rebuild_per_s");
        assertThat(new Summary(List.of(run(0.3, 601))).missed()).contains("ingest_ratio", "rss_mb");
    }

    @Test
    void the_report_says_missed_and_lists_every_failure_of_every_run() {
        Summary summary = new Summary(List.of(run(0.3, 500, "12 acknowledged contributions are missing"),
                                              run(0.3, 500)));
        String markdown = Report.markdown(BenchOptions.parse("--quick"), summary,
                                          new Report.Machine(2, 24_000, "OpenJDK 17", "Linux"), "abc123");

        assertThat(markdown).contains("| `ingest_ratio` ingest / raw insert | 0.30 | 0.30 – 0.30 | ≥ 0.50 | **missed** |")
                            .contains("| `rss_mb` the platform's resident memory after the run | 500 | 500 – 500 | ≤ 600 | met |")
                            .contains("**FAILED:**\n- 12 acknowledged contributions are missing");
    }
}
