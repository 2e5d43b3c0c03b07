package se.nyskapa.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One run of the benchmark on a fresh data directory: start the platform, load a national year through the API in
 * two steps (the small store, then the large one), read the dashboards after each, rebuild every projection, then stop
 * the platform and measure its event database raw, and check that nothing acknowledged is missing.
 */
final class BenchRun {

    private static final List<String> FOCUS_AREAS = List.of("digitalisering", "kompetens", "naringsliv", "valfard");
    private static final int PROPOSALS = 20;
    /** One contribution in ten is tagged with a theme after it was recorded, as analysts do. */
    private static final int TAG_EVERY = 10;

    private final BenchOptions options;
    private final NationalYear year;
    private final Path dataDir;
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> proposals = new ArrayList<>();

    record Outcome(Map<String, Double> figures, List<String> failures) {
    }

    BenchRun(BenchOptions options, int index) {
        this.options = options;
        this.year = new NationalYear(options.contributions(), options.seed() + index);
        this.dataDir = options.workDir().resolve("run-" + index);
    }

    Outcome run() throws Exception {
        deleteDataDir();
        Files.createDirectories(dataDir);
        Path regionFile = dataDir.resolve("region.json");
        Api.JSON.writeValue(regionFile.toFile(), year.region());

        try (Platform platform = Platform.start(options, dataDir, regionFile)) {
            figures.put("startup_s", platform.startupSeconds());
            Api api = platform.api();
            Projections projections = new Projections(api);
            log("platform ready in %.1f s; scheduling %d visits", platform.startupSeconds(), year.visits().size());
            expectAllAcknowledged("scheduling visits", Load.run(api, options.clients(), scheduling()));

            int small = Math.min(options.smallStore(), year.contributions());
            Load.Result first = Load.run(api, options.clients(), contributions(0, small, null));
            expectAllAcknowledged("recording the first contributions", first);
            expectAllAcknowledged("tagging", Load.run(api, options.clients(), tagging(0, small)));
            draftProgramme(api);
            figures.put("events_small", (double) projections.awaitCaughtUp());
            log("%d contributions recorded; reading the dashboards", small);
            queries(api, "_10k");

            Visibility visibility = new Visibility(api, options.visibilitySampleEvery());
            Load.Result ingest = Load.run(api, options.clients(), contributions(small, year.contributions(), visibility));
            Visibility.Result visible = visibility.finish();
            expectAllAcknowledged("recording contributions", ingest);
            figures.put("ingest_per_s", ingest.perSecond());
            figures.put("ingest_p50_ms", millis(ingest.latency(), 50));
            figures.put("ingest_p99_ms", millis(ingest.latency(), 99));
            figures.put("visible_p50_ms", millis(visible.delays(), 50));
            figures.put("visible_p99_ms", millis(visible.delays(), 99));
            figures.put("visible_samples", (double) visible.delays().getTotalCount());
            if (visible.givenUp() > 0) {
                failures.add(visible.givenUp() + " contributions did not show in their kommun's profile within a minute");
            }
            log("%d contributions at %.0f/s (p99 %.1f ms); tagging", ingest.acknowledged(), ingest.perSecond(),
                figures.get("ingest_p99_ms"));
            expectAllAcknowledged("tagging", Load.run(api, options.clients(), tagging(small, year.contributions())));
            figures.put("events", (double) projections.awaitCaughtUp());
            queries(api, "");

            log("rebuilding every projection");
            figures.put("rebuild_s", projections.rebuildAll());
            checkProfiles(api);
            figures.put("rss_mb", platform.residentMegabytes());
        }

        try (EventTable table = new EventTable(dataDir, options.clients())) {
            log("reading the event table raw");
            EventTable.Read read = table.readAll();
            figures.put("stored_events", (double) read.rows());
            figures.put("raw_read_per_s", read.perSecond());
            figures.put("rebuild_per_s", read.rows() / figures.get("rebuild_s"));
            figures.put("rebuild_ratio", figures.get("rebuild_per_s") / read.perSecond());
            checkStored(table.check(acknowledged));
            log("inserting raw rows");
            EventTable.Insert insert = table.rawInsert(options.clients(), year.contributions(),
                                                       options.rawInsertSeconds());
            figures.put("raw_insert_per_s", insert.perSecond());
            figures.put("ingest_ratio", figures.get("ingest_per_s") / insert.perSecond());
        }

        try (Platform again = Platform.start(options, dataDir, dataDir.resolve("region.json"))) {
            figures.put("restart_s", again.startupSeconds());
        }
        if (!options.keepData()) {
            deleteDataDir();
        }
        return new Outcome(figures, failures);
    }

    private List<Iterator<Load.Call>> scheduling() {
        return year.visits().stream().map(v -> Stream.of(new Load.Call(
                Load.Method.POST, "/api/visits",
                Map.of("visitId", v.visitId(), "municipalityCode", v.municipalityCode(), "date", v.date().toString(),
                       "venue", "Kommunhuset", "hosts", List.of("Benchmark")))).iterator()).toList();
    }

    /** A visit's lane of requests about its contributions {@code first} to {@code last} (counted from 1). */
    private interface Lane {
        Iterator<Load.Call> of(NationalYear.PlannedVisit visit, int first, int last);
    }

    /**
     * One lane per visit holding any of the year's contributions {@code from} (inclusive) to {@code to}, counted
     * across the visits in plan order.
     */
    private List<Iterator<Load.Call>> lanes(int from, int to, Lane lane) {
        List<Iterator<Load.Call>> lanes = new ArrayList<>();
        int before = 0;
        for (NationalYear.PlannedVisit visit : year.visits()) {
            int start = Math.max(from - before, 0);
            int end = Math.min(to - before, visit.contributions());
            if (start < end) {
                lanes.add(lane.of(visit, start + 1, end));
            }
            before += visit.contributions();
        }
        return lanes;
    }

    private List<Iterator<Load.Call>> contributions(int from, int to, Visibility visibility) {
        List<String> cited = List.copyOf(proposals);
        return lanes(from, to, (visit, first, last) -> {
            Random random = new Random(visit.visitId().hashCode() * 31L + first - 1);
            return IntStream.rangeClosed(first, last).mapToObj(number -> {
                String id = NationalYear.contributionId(visit, number);
                return new Load.Call(Load.Method.PUT, "/api/visits/" + visit.visitId() + "/contributions/" + id,
                                     NationalYear.contribution(random, cited), at -> {
                    acknowledged.add(id);
                    if (visibility != null) {
                        visibility.acknowledged(visit.municipalityCode(), visit.visitId(), number, at);
                    }
                });
            }).iterator();
        });
    }

    private List<Iterator<Load.Call>> tagging(int from, int to) {
        List<NationalYear.Theme> themes = year.themes();
        return lanes(from, to, (visit, first, last) ->
                IntStream.rangeClosed(first, last).filter(n -> n % TAG_EVERY == 0).mapToObj(number -> {
                    String id = NationalYear.contributionId(visit, number);
                    String theme = themes.get(Math.floorMod(id.hashCode(), themes.size())).themeId();
                    return new Load.Call(Load.Method.PUT,
                                         "/api/visits/" + visit.visitId() + "/contributions/" + id + "/themes",
                                         Map.of("themeIds", List.of(theme)));
                }).iterator());
    }

    /** Proposals drafted from the first contributions, placed in the programme's focus areas, a version published. */
    private void draftProgramme(Api api) {
        String programme = "/api/programmes/" + NationalYear.PROGRAMME;
        api.require(api.post("/api/programmes", Map.of("programmeId", NationalYear.PROGRAMME,
                                                       "name", "Nationellt innovationsprogram (benchmark)",
                                                       "horizonYear", 2030)), "starting the programme");
        FOCUS_AREAS.forEach(area -> api.require(
                api.post(programme + "/focus-areas", Map.of("focusAreaId", area, "name", "Insatsområde " + area)),
                "adding a focus area"));
        List<NationalYear.PlannedVisit> visits = year.visits();
        for (int p = 0; p < PROPOSALS; p++) {
            String proposalId = "bench-forslag-" + p;
            List<String> evidence = new ArrayList<>();
            for (int e = 0; e < 5; e++) {
                NationalYear.PlannedVisit visit = visits.get((p * 5 + e) % Math.min(visits.size(), 20));
                evidence.add(NationalYear.contributionId(visit, 1 + p));
            }
            api.require(api.post("/api/proposals", Map.of(
                    "proposalId", proposalId, "title", "Förslag " + p, "description", "Från benchmarkens inspel",
                    "themeId", year.themes().get(p % year.themes().size()).themeId(), "evidence", evidence)),
                        "drafting a proposal");
            api.require(api.post(programme + "/placements", Map.of(
                    "proposalId", proposalId, "focusAreaId", FOCUS_AREAS.get(p % FOCUS_AREAS.size()))),
                        "placing a proposal");
            proposals.add(proposalId);
        }
        api.require(api.post(programme + "/versions", Map.of("note", "Första utkastet")), "publishing a version");
    }

    private void queries(Api api, String suffix) throws Exception {
        List<NationalYear.Municipality> municipalities = year.municipalities();
        List<QueryLoad.View> views = List.of(
                new QueryLoad.View("municipality", random ->
                        "/api/municipalities/" + municipalities.get(random.nextInt(municipalities.size())).code()),
                new QueryLoad.View("matrix", random -> "/api/themes/matrix"),
                new QueryLoad.View("programme", random -> "/api/programmes/" + NationalYear.PROGRAMME + "/summary"));
        QueryLoad.Result result = QueryLoad.run(api, options.readers(), views, 2, options.querySeconds());
        if (result.failed() > 0) {
            failures.add(result.failed() + " dashboard reads failed" + suffix);
        }
        figures.put("query_p99_ms" + suffix, millis(result.all(), 99));
        result.byView().forEach((view, latency) -> figures.put("query_p99_ms_" + view + suffix, millis(latency, 99)));
        figures.put("query_per_s" + suffix, result.all().getTotalCount() / options.querySeconds());
        if (suffix.isEmpty()) {
            figures.put("query_ratio", figures.get("query_p99_ms") / figures.get("query_p99_ms_10k"));
        }
    }

    /** After the rebuild, the kommuner's profiles count every contribution acknowledged, no more and no fewer. */
    private void checkProfiles(Api api) {
        long counted = 0;
        for (var entry : api.require(api.get("/api/municipalities"), "the kommuner").json().path("municipalities")) {
            counted += entry.path("contributionCount").asLong();
        }
        if (counted != acknowledged.size()) {
            failures.add("the rebuilt kommun profiles count " + counted + " contributions; "
                         + acknowledged.size() + " were acknowledged");
        }
    }

    private void checkStored(EventTable.Stored stored) {
        if (!stored.missing().isEmpty()) {
            failures.add(stored.missing().size() + " acknowledged contributions are missing from the event store, e.g. "
                         + stored.missing().stream().limit(5).toList());
        }
        if (stored.duplicates() > 0) {
            failures.add(stored.duplicates() + " contributions are recorded more than once");
        }
    }

    private void expectAllAcknowledged(String what, Load.Result result) {
        if (result.failed() > 0) {
            failures.add(what + ": " + result.failed() + " requests failed, e.g. " + result.failures());
        }
    }

    private static double millis(Histogram latency, double percentile) {
        return latency.getValueAtPercentile(percentile) / 1e6;
    }

    private void deleteDataDir() throws IOException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("  " + format + "%n", arguments);
    }
}
