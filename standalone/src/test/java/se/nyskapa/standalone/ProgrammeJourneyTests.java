package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From what was heard in three kommuner on the kalasturné to an adopted programme: the programme summary, each
 * published version, the proposals' evidence and stances, the theme matrix and the återkoppling to each kommun.
 */
class ProgrammeJourneyTests {

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;
    /** A moment after the first version was published and before the draft changed again. */
    static Instant betweenVersions;

    @BeforeAll
    static void aTourOfThreeKommunerBecomesAnAdoptedProgramme() {
        platform = RunningPlatform.start(dataDir);
        created(platform.post("/api/tours", """
                {"tourId": "kalas-2015", "name": "Kalasturné november 2015",
                 "startDate": "2015-11-09", "endDate": "2015-11-27"}"""));
        created(platform.post("/api/visits", """
                {"visitId": "are", "municipalityCode": "2321", "date": "2015-11-12", "venue": "Åre kommunhus",
                 "tourId": "kalas-2015"}"""));
        created(platform.post("/api/visits", """
                {"visitId": "ostersund", "municipalityCode": "2380", "date": "2015-11-16", "venue": "Rådhuset",
                 "tourId": "kalas-2015"}"""));
        created(platform.post("/api/visits", """
                {"visitId": "krokom", "municipalityCode": "2309", "date": "2015-11-19", "venue": "Krokoms bibliotek",
                 "tourId": "kalas-2015"}"""));

        record("are", "a1", "NEED", "Fler mötesplatser för unga entreprenörer", "CITIZEN");
        record("are", "a2", "IDEA", "En idésluss på gymnasiet", "MUNICIPAL_STAFF");
        record("ostersund", "o1", "NEED", "Snabbare och enklare bygglov", "BUSINESS");
        record("ostersund", "o2", "OPPORTUNITY", "Universitetets labb för tjänstedesign", "ACADEMIA");
        record("krokom", "k1", "RESOURCE", "Bygdegårdarna som mötesplatser", "CIVIL_SOCIETY");
        record("krokom", "k2", "NEED", "Digital tillsyn i hemtjänsten", "SERVICE_USER");
        record("krokom", "k3", "NEED", "Dubbelt inmatad lapp", "CITIZEN");
        ok(platform.post("/api/visits/krokom/contributions/k3/retraction", "{\"reason\": \"dubblett\"}"));

        tag("are", "a1", "ideslussar");
        tag("are", "a2", "ideslussar");
        tag("ostersund", "o1", "kreativ-byrakrati");
        tag("ostersund", "o2", "design-for-samhallsutveckling");
        tag("krokom", "k2", "samskapande-halso-och-sjukvard");
        created(platform.post("/api/themes", "{\"themeId\": \"motesplatser\", \"name\": \"Mötesplatser\"}"));
        tag("krokom", "k1", "motesplatser\", \"dialogplattform");
        ok(platform.post("/api/themes/motesplatser/merge", "{\"intoThemeId\": \"dialogplattform\"}"));

        created(platform.post("/api/proposals", """
                {"proposalId": "p-idesluss", "title": "Idéslussar i varje kommun",
                 "description": "Ett stöd som tar idéer från medarbetare och medborgare vidare.",
                 "themeId": "ideslussar", "evidence": ["a1", "a2"]}"""));
        created(platform.post("/api/proposals", """
                {"proposalId": "p-bygglov", "title": "Kreativ byråkrati i bygglov",
                 "themeId": "kreativ-byrakrati", "evidence": ["o1"]}"""));
        created(platform.post("/api/proposals", """
                {"proposalId": "p-omsorg", "title": "Samskapad digital tillsyn",
                 "themeId": "samskapande-halso-och-sjukvard", "evidence": ["k2"]}"""));
        ok(platform.post("/api/proposals/p-idesluss/evidence", "{\"contributionId\": \"o2\"}"));
        ok(platform.post("/api/proposals/p-idesluss/assessments", """
                {"impact": 4, "feasibility": 3, "rationale": "Stort stöd i tre kommuner", "assessedBy": "Anna"}"""));
        ok(platform.put("/api/proposals/p-idesluss/pilot-municipalities", "{\"municipalityCodes\": [\"2321\", \"2309\"]}"));
        status("p-idesluss", "UNDER_REVIEW");
        status("p-idesluss", "INCLUDED");
        status("p-bygglov", "UNDER_REVIEW");
        status("p-omsorg", "REJECTED");

        created(platform.put("/api/visits/krokom/contributions/k4", """
                {"kind": "FEEDBACK", "text": "Vi vill gärna vara testkommun", "sector": "ELECTED_OFFICIAL",
                 "feedback": {"proposalId": "p-idesluss", "stance": "SUPPORT"}}"""));
        created(platform.put("/api/visits/ostersund/contributions/o3", """
                {"kind": "FEEDBACK", "text": "Vem ska bemanna slussarna?", "sector": "MUNICIPAL_STAFF",
                 "feedback": {"proposalId": "p-idesluss", "stance": "CONCERN"}}"""));

        created(platform.post("/api/programmes", """
                {"programmeId": "ip-2025", "name": "Innovationsprogram Jämtland Härjedalen 2025",
                 "horizonYear": 2025}"""));
        created(platform.post("/api/programmes/ip-2025/focus-areas",
                              "{\"focusAreaId\": \"ideer\", \"name\": \"Idéer som blir verklighet\"}"));
        created(platform.post("/api/programmes/ip-2025/focus-areas",
                              "{\"focusAreaId\": \"offentlig\", \"name\": \"Innovativ offentlig sektor\"}"));
        ok(platform.post("/api/programmes/ip-2025/placements",
                         "{\"proposalId\": \"p-idesluss\", \"focusAreaId\": \"ideer\"}"));
        ok(platform.post("/api/programmes/ip-2025/placements",
                         "{\"proposalId\": \"p-bygglov\", \"focusAreaId\": \"offentlig\"}"));
        RunningPlatform.Response first = platform.post("/api/programmes/ip-2025/versions",
                                                       "{\"note\": \"Första utkastet till nämnden\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).isEqualTo("/api/programmes/ip-2025/versions/1");
        betweenVersions = Instant.now();
        ok(platform.put("/api/proposals/p-bygglov", """
                {"title": "Kreativ byråkrati: bygglov på en vecka", "themeId": "kreativ-byrakrati"}"""));
        assertThat(platform.post("/api/programmes/ip-2025/versions", "{\"note\": \"Efter remissen\"}")
                           .body().path("version").asInt()).isEqualTo(2);
        ok(platform.post("/api/programmes/ip-2025/adoption", ""));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theProgrammeSummary_showsFocusAreasProposalsAndTheKommunerHeard() {
        JsonNode summary = awaitBody("/api/programmes/ip-2025/summary",
                                     s -> "ADOPTED".equals(s.path("status").asString()));
        assertThat(summary.path("name").asString()).isEqualTo("Innovationsprogram Jämtland Härjedalen 2025");
        assertThat(summary.path("horizonYear").asInt()).isEqualTo(2025);
        assertThat(summary.path("adoptedVersion").asInt()).isEqualTo(2);
        assertThat(summary.path("version").asInt()).isEqualTo(2);
        assertThat(summary.path("changedSincePublished").asBoolean()).isFalse();

        JsonNode ideas = summary.path("focusAreas").get(0);
        assertThat(ideas.path("focusAreaId").asString()).isEqualTo("ideer");
        assertThat(ideas.path("name").asString()).isEqualTo("Idéer som blir verklighet");
        JsonNode idesluss = ideas.path("proposals").get(0);
        assertThat(idesluss.path("proposalId").asString()).isEqualTo("p-idesluss");
        assertThat(idesluss.path("title").asString()).isEqualTo("Idéslussar i varje kommun");
        assertThat(idesluss.path("status").asString()).isEqualTo("INCLUDED");
        assertThat(idesluss.path("evidenceCount").asInt()).isEqualTo(3);
        assertThat(texts(idesluss.path("municipalities"))).containsExactly("2321", "2380");
        assertThat(idesluss.path("impact").asInt()).isEqualTo(4);
        assertThat(idesluss.path("feasibility").asInt()).isEqualTo(3);

        JsonNode publicSector = summary.path("focusAreas").get(1);
        assertThat(publicSector.path("name").asString()).isEqualTo("Innovativ offentlig sektor");
        JsonNode bygglov = publicSector.path("proposals").get(0);
        assertThat(bygglov.path("title").asString()).isEqualTo("Kreativ byråkrati: bygglov på en vecka");
        assertThat(bygglov.path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(bygglov.path("evidenceCount").asInt()).isEqualTo(1);

        assertThat(texts(summary.path("municipalitiesCovered"), "code")).containsExactly("2321", "2380");
        assertThat(texts(summary.path("municipalitiesNotCovered"), "name"))
                .containsExactly("Ragunda", "Bräcke", "Krokom", "Strömsund", "Berg", "Härjedalen");
        assertThat(texts(summary.path("versions"), "note"))
                .containsExactly("Första utkastet till nämnden", "Efter remissen");
    }

    @Test
    void aPublishedVersion_staysAsItWasPublished() {
        awaitBody("/api/programmes/ip-2025/summary", s -> s.path("versions").size() == 2);
        JsonNode first = platform.get("/api/programmes/ip-2025/versions/1").body();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("note").asString()).isEqualTo("Första utkastet till nämnden");
        assertThat(first.path("focusAreas").get(1).path("proposals").get(0).path("title").asString())
                .isEqualTo("Kreativ byråkrati i bygglov");
        assertThat(platform.get("/api/programmes/ip-2025/versions/3").status()).isEqualTo(404);
    }

    @Test
    void theDraftAsItStoodBetweenTwoVersions_andWhatChangedBetweenThem() {
        awaitBody("/api/programmes/ip-2025/summary", s -> s.path("versions").size() == 2);
        String justAfter = betweenVersions.toString();

        JsonNode then = platform.get("/api/programmes/ip-2025/summary?asOf=" + justAfter).body();
        assertThat(then.path("version").asInt()).isEqualTo(1);
        assertThat(then.path("status").asString()).isEqualTo("DRAFT");
        assertThat(then.path("focusAreas").get(1).path("proposals").get(0).path("title").asString())
                .isEqualTo("Kreativ byråkrati i bygglov");
        assertThat(platform.get("/api/proposals/p-bygglov?asOf=" + justAfter).body().path("title").asString())
                .isEqualTo("Kreativ byråkrati i bygglov");
        assertThat(platform.get("/api/programmes/ip-2025/summary?asOf=2015-01-01T00:00:00Z").status())
                .as("before the programme was started").isEqualTo(404);

        JsonNode diff = platform.get("/api/programmes/ip-2025/diff?from=1&to=2").body();
        assertThat(diff.path("added").isEmpty()).isTrue();
        assertThat(diff.path("removed").isEmpty()).isTrue();
        assertThat(diff.path("moved").isEmpty()).isTrue();
        JsonNode changed = diff.path("changed").get(0);
        assertThat(changed.path("proposalId").asString()).isEqualTo("p-bygglov");
        assertThat(changed.path("changes").get(0).path("field").asString()).isEqualTo("title");
        assertThat(changed.path("changes").get(0).path("before").asString()).isEqualTo("Kreativ byråkrati i bygglov");
        assertThat(platform.get("/api/programmes/ip-2025/diff?from=" + justAfter).body().path("changed").size())
                .as("from an instant to the live draft").isEqualTo(diff.path("changed").size());
    }

    @Test
    void aProposal_showsItsEvidenceStancesAssessmentAndPlacement() {
        JsonNode proposal = awaitBody("/api/proposals/p-idesluss", p -> p.path("feedback").size() == 2
                && p.path("placements").size() == 1);
        assertThat(proposal.path("themeId").asString()).isEqualTo("ideslussar");
        assertThat(proposal.path("themeName").asString()).isEqualTo("Idéslussar");
        assertThat(proposal.path("status").asString()).isEqualTo("INCLUDED");
        assertThat(proposal.path("evidenceCount").asInt()).isEqualTo(3);
        assertThat(texts(proposal.path("evidence"), "contributionId")).containsExactly("a1", "a2", "o2");
        assertThat(proposal.path("evidence").get(1).path("text").asString()).isEqualTo("En idésluss på gymnasiet");
        assertThat(proposal.path("stances").path("2309").path("SUPPORT").asInt()).isEqualTo(1);
        assertThat(proposal.path("stances").path("2380").path("CONCERN").asInt()).isEqualTo(1);
        assertThat(proposal.path("assessment").path("impact").asInt()).isEqualTo(4);
        assertThat(proposal.path("assessment").path("assessedBy").asString()).isEqualTo("Anna");
        assertThat(texts(proposal.path("pilotMunicipalities"))).containsExactly("2321", "2309");
        assertThat(proposal.path("placements").get(0).path("focusAreaId").asString()).isEqualTo("ideer");
    }

    @Test
    void theThemeMatrix_countsEachContributionOnce_afterAMerge() {
        JsonNode matrix = awaitBody("/api/themes/matrix", m -> row(m, "motesplatser") == null
                && row(m, "dialogplattform") != null && row(m, "dialogplattform").path("total").asLong() == 1);
        JsonNode meetingPlaces = row(matrix, "dialogplattform");
        assertThat(meetingPlaces.path("cells").path("2309").path("RESOURCE").asLong()).isEqualTo(1);
        assertThat(row(matrix, "ideslussar").path("cells").path("2321").path("NEED").asLong()).isEqualTo(1);
        assertThat(row(matrix, "ideslussar").path("cells").path("2321").path("IDEA").asLong()).isEqualTo(1);
        assertThat(row(matrix, "samskapande-halso-och-sjukvard").path("total").asLong()).isEqualTo(1);
        assertThat(matrix.path("municipalities").size()).isEqualTo(8);

        JsonNode merged = platform.get("/api/themes/motesplatser").body();
        assertThat(merged.path("status").asString()).isEqualTo("MERGED");
        assertThat(merged.path("mergedInto").asString()).isEqualTo("dialogplattform");
    }

    @Test
    void aterkoppling_saysWhatWasHeardAndWhereItWent() {
        JsonNode are = awaitBody("/api/municipalities/2321/feedback", f -> f.path("proposals").size() == 1
                && f.path("proposals").get(0).path("placements").size() == 1
                && "ADOPTED".equals(f.path("proposals").get(0).path("placements").get(0)
                                     .path("programmeStatus").asString()));
        assertThat(are.path("name").asString()).isEqualTo("Åre");
        assertThat(are.path("heard").asLong()).isEqualTo(2);
        assertThat(are.path("inProposals").asLong()).isEqualTo(2);
        assertThat(texts(are.path("contributions"), "contributionId")).containsExactlyInAnyOrder("a1", "a2");
        are.path("contributions").forEach(heard -> assertThat(texts(heard.path("proposalIds")))
                .containsExactly("p-idesluss"));
        JsonNode idesluss = are.path("proposals").get(0);
        assertThat(idesluss.path("title").asString()).isEqualTo("Idéslussar i varje kommun");
        assertThat(idesluss.path("status").asString()).isEqualTo("INCLUDED");
        assertThat(idesluss.path("citedContributions").asInt()).isEqualTo(2);
        JsonNode placement = idesluss.path("placements").get(0);
        assertThat(placement.path("programmeName").asString()).isEqualTo("Innovationsprogram Jämtland Härjedalen 2025");
        assertThat(placement.path("focusAreaName").asString()).isEqualTo("Idéer som blir verklighet");

        JsonNode krokom = awaitBody("/api/municipalities/2309/feedback", f -> f.path("heard").asLong() == 3);
        assertThat(texts(krokom.path("contributions"), "contributionId"))
                .containsExactlyInAnyOrder("k1", "k2", "k4").doesNotContain("k3");
        assertThat(krokom.path("inProposals").asLong()).isEqualTo(1);
        assertThat(krokom.path("proposals").get(0).path("proposalId").asString()).isEqualTo("p-omsorg");
        assertThat(krokom.path("proposals").get(0).path("status").asString()).isEqualTo("REJECTED");
        assertThat(krokom.path("proposals").get(0).path("placements").size()).isZero();
    }

    @Test
    void theKommunProfileAndTheTour_growWithThemesProposalsAndVisits() {
        JsonNode are = awaitBody("/api/municipalities/2321", m -> m.path("proposals").size() == 1);
        assertThat(are.path("themes").get(0).path("themeId").asString()).isEqualTo("ideslussar");
        assertThat(are.path("themes").get(0).path("contributions").asLong()).isEqualTo(2);
        assertThat(are.path("proposals").get(0).path("proposalId").asString()).isEqualTo("p-idesluss");
        assertThat(are.path("proposals").get(0).path("citedContributions").asInt()).isEqualTo(2);

        JsonNode tour = awaitBody("/api/tours/kalas-2015", t -> t.path("total").path("held").asInt() == 3);
        assertThat(tour.path("name").asString()).isEqualTo("Kalasturné november 2015");
        assertThat(tour.path("municipalities").size()).isEqualTo(8);
        JsonNode krokom = StreamSupport.stream(tour.path("municipalities").spliterator(), false)
                                       .filter(m -> m.path("code").asString().equals("2309")).findFirst().orElseThrow();
        assertThat(krokom.path("counts").path("held").asInt()).isEqualTo(1);
        assertThat(krokom.path("visits").get(0).path("contributionCount").asLong()).isEqualTo(3);
    }

    @Test
    void theApi_isPublishedAsOpenApi_withThePathsOthersScriptAgainst() {
        JsonNode paths = platform.get("/v3/api-docs").body().path("paths");
        assertThat(paths.path("/api/themes").has("post")).isTrue();
        assertThat(paths.path("/api/visits/{visitId}/contributions/{contributionId}/themes").has("put")).isTrue();
        assertThat(paths.path("/api/themes/matrix").has("get")).isTrue();
        assertThat(paths.path("/api/proposals").has("post")).isTrue();
        assertThat(paths.path("/api/proposals/{proposalId}").has("get")).isTrue();
        assertThat(paths.path("/api/programmes").has("post")).isTrue();
        assertThat(paths.path("/api/programmes/{programmeId}/focus-areas").has("post")).isTrue();
        assertThat(paths.path("/api/programmes/{programmeId}/placements").has("post")).isTrue();
        assertThat(paths.path("/api/programmes/{programmeId}/versions").has("post")).isTrue();
        assertThat(paths.path("/api/programmes/{programmeId}/summary").has("get")).isTrue();
        assertThat(paths.path("/api/municipalities/{code}/feedback").has("get")).isTrue();
    }

    @Test
    void theDomainRules_refuseWithAProblemNamingTheField_andStoreNothing() {
        platform.post("/api/programmes", "{\"programmeId\": \"ip-next\", \"name\": \"Nästa program\", "
                + "\"horizonYear\": 2030}");
        platform.post("/api/programmes/ip-next/focus-areas", "{\"focusAreaId\": \"halsa\", \"name\": \"Hälsa\"}");
        platform.post("/api/themes", "{\"themeId\": \"gammalt\", \"name\": \"Gammalt tema\"}");
        platform.post("/api/themes/gammalt/retirement", "");

        refused("PUT", "/api/visits/are/contributions/a1/themes", "{\"themeIds\": [\"gammalt\"]}", 409, "themeIds");
        refused("POST", "/api/programmes/ip-next/placements",
                "{\"proposalId\": \"p-omsorg\", \"focusAreaId\": \"halsa\"}", 409, "proposalId");
        refused("POST", "/api/programmes/ip-next/placements",
                "{\"proposalId\": \"p-bygglov\", \"focusAreaId\": \"ideer\"}", 400, "focusAreaId");
        refused("POST", "/api/proposals", """
                {"proposalId": "p-x", "title": "Utan belägg", "themeId": "ideslussar", "evidence": ["nope"]}""",
                400, "evidence");
        refused("POST", "/api/proposals", """
                {"proposalId": "p-x", "title": "På en sammanslagen plats", "themeId": "nope", "evidence": ["a1"]}""",
                400, "themeId");
        refused("POST", "/api/themes/ideslussar/merge", "{\"intoThemeId\": \"ideslussar\"}", 400, "intoThemeId");
        refused("POST", "/api/proposals/p-bygglov/assessments",
                "{\"impact\": 6, \"feasibility\": 3, \"rationale\": \"x\", \"assessedBy\": \"Anna\"}", 400, "impact");
        refused("POST", "/api/proposals/p-bygglov/assessments",
                "{\"impact\": 3, \"feasibility\": 0, \"rationale\": \"x\", \"assessedBy\": \"Anna\"}", 400,
                "feasibility");
        refused("POST", "/api/programmes/ip-2025/placements",
                "{\"proposalId\": \"p-omsorg\", \"focusAreaId\": \"ideer\"}", 409, "programmeId");
        refused("PUT", "/api/visits/krokom/contributions/k5", """
                {"kind": "FEEDBACK", "text": "Bra", "sector": "CITIZEN",
                 "feedback": {"proposalId": "p-nowhere", "stance": "SUPPORT"}}""", 400, "feedback.proposalId");
        refused("POST", "/api/programmes/ip-2025/versions", "{\"note\": \"igen\"}", 409, "programmeId");
        refused("POST", "/api/programmes/ip-2025/adoption", "", 409, "programmeId");
        refused("GET", "/api/proposals/nowhere", "", 404, "proposalId");
        refused("PUT", "/api/proposals/nowhere/status", "{\"status\": \"INCLUDED\"}", 404, "proposalId");
        refused("PUT", "/api/proposals/p-bygglov/status", "{\"status\": \"MERGED\"}", 400, "status");
        refused("GET", "/api/programmes/ip-2025/summary?asOf=igår", "", 400, "asOf");
        refused("GET", "/api/proposals/p-bygglov?asOf=2015-13-45T00:00:00Z", "", 400, "asOf");
        refused("GET", "/api/programmes/ip-2025/diff?from=2&to=1", "", 400, "from");
        refused("GET", "/api/programmes/ip-2025/diff?from=2030-01-01T00:00:00Z&to=2015-01-01T00:00:00Z", "", 400,
                "from");
        refused("GET", "/api/programmes/ip-2025/diff?from=forra-veckan", "", 400, "from");
        refused("GET", "/api/programmes/ip-2025/diff", "", 400, "from");
        refused("GET", "/api/programmes/ip-2025/diff?from=1&to=9", "", 404, "to");
    }

    private static void refused(String method, String path, String body, int status, String field) {
        long eventsBefore = platform.storedEvents();
        RunningPlatform.Response response = platform.send(method, path, body);
        assertThat(response.status()).as(method + " " + path + " " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(platform.storedEvents()).isEqualTo(eventsBefore);
    }

    private static JsonNode row(JsonNode matrix, String themeId) {
        return StreamSupport.stream(matrix.path("themes").spliterator(), false)
                            .filter(row -> row.path("themeId").asString().equals(themeId)).findFirst().orElse(null);
    }

    private static JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> platform.get(path).body(), ready::test);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asString()).toList();
    }

    private static void record(String visit, String id, String kind, String text, String sector) {
        created(platform.put("/api/visits/" + visit + "/contributions/" + id,
                             "{\"kind\": \"" + kind + "\", \"text\": \"" + text + "\", \"sector\": \"" + sector
                                     + "\"}"));
    }

    private static void tag(String visit, String id, String themes) {
        ok(platform.put("/api/visits/" + visit + "/contributions/" + id + "/themes",
                        "{\"themeIds\": [\"" + themes + "\"]}"));
    }

    private static void status(String proposalId, String status) {
        ok(platform.put("/api/proposals/" + proposalId + "/status", "{\"status\": \"" + status + "\"}"));
    }

    private static void created(RunningPlatform.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    }

    private static void ok(RunningPlatform.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    }
}
