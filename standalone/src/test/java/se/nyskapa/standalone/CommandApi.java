package se.nyskapa.standalone;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint of the API with a body it accepts, on data made for the bad-input tests under ids that start
 * with a prefix of their own: a tour, a visit in Strömsund with three contributions, two themes, two proposals and a
 * programme with a focus area. The bad-input tests send each body broken in every way; the fuzz test mutates them.
 */
final class CommandApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String KOMMUN = "2313";

    /**
     * One command endpoint.
     *
     * @param area     visits, tours, themes, proposals or programmes
     * @param template the path with {@code {name}} for each id in it, in the order of {@code ids}
     * @param ids      the path's ids, by the field a problem names them with
     * @param body     a body it accepts, in the state the fixture leaves; {@code null} for a command without one
     * @param required the fields without which it is refused, each named
     * @param texts    the free-text fields and how many characters each takes
     */
    record Endpoint(String area, String method, String template, Map<String, String> ids, String body,
                    Set<String> required, Map<String, Integer> texts) {

        boolean hasBody() {
            return body != null;
        }

        String path() {
            return path(Map.of());
        }

        /** The path with some of its ids replaced, each already encoded for a URL. */
        String path(Map<String, String> replaced) {
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", replaced.getOrDefault(id.getKey(), id.getValue()));
            }
            return path;
        }

        ObjectNode json() {
            return (ObjectNode) JSON.readTree(body);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final String prefix;
    private final List<Endpoint> endpoints = new ArrayList<>();

    private CommandApi(String prefix) {
        this.prefix = prefix;
    }

    String tour() {
        return prefix + "-tour";
    }

    String visit() {
        return prefix + "-visit";
    }

    /** Contributions: 1 and 2 are the first proposal's evidence, 2 the second's; 3 is cited by none. */
    String contribution(int n) {
        return prefix + "-c" + n;
    }

    String theme() {
        return prefix + "-theme";
    }

    String otherTheme() {
        return prefix + "-theme2";
    }

    String proposal() {
        return prefix + "-proposal";
    }

    String otherProposal() {
        return prefix + "-proposal2";
    }

    String programme() {
        return prefix + "-programme";
    }

    String focusArea() {
        return prefix + "-area";
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    List<Endpoint> endpoints(String area) {
        return endpoints.stream().filter(endpoint -> endpoint.area().equals(area)).toList();
    }

    /** The reads that show an area's part of the fixture: what a refused command must leave as it was. */
    List<String> reads(String area) {
        return switch (area) {
            case "visits" -> List.of("/api/visits/" + visit(), "/api/municipalities/" + KOMMUN);
            case "tours" -> List.of("/api/tours/" + tour(), "/api/tours");
            case "themes" -> List.of("/api/themes", "/api/themes/" + theme());
            case "proposals" -> List.of("/api/proposals/" + proposal(), "/api/proposals/" + otherProposal());
            case "programmes" -> List.of("/api/programmes/" + programme() + "/summary");
            default -> throw new IllegalArgumentException(area);
        };
    }

    /** Makes the fixture on the platform, waits until every projection has it, and answers its endpoints. */
    static CommandApi prepare(RunningPlatform platform, String prefix) {
        CommandApi api = new CommandApi(prefix);
        api.make(platform);
        api.describe();
        api.describeWithoutBodies();
        platform.awaitCaughtUp();
        return api;
    }

    private void make(RunningPlatform platform) {
        created(platform.post("/api/tours", """
                {"tourId": "%s", "name": "Turné %s", "startDate": "2015-11-01", "endDate": "2015-11-30"}"""
                .formatted(tour(), prefix)));
        created(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-19", "venue": "Strömsund",
                 "hosts": ["Anna"], "tourId": "%s"}""".formatted(visit(), KOMMUN, tour())));
        for (int n = 1; n <= 3; n++) {
            created(platform.put("/api/visits/" + visit() + "/contributions/" + contribution(n), """
                    {"kind": "NEED", "text": "Lokaler för föreningslivet %d", "sector": "CIVIL_SOCIETY"}"""
                    .formatted(n)));
        }
        created(platform.post("/api/themes", """
                {"themeId": "%s", "name": "Tema %s"}""".formatted(theme(), prefix)));
        created(platform.post("/api/themes", """
                {"themeId": "%s", "name": "Andra temat %s"}""".formatted(otherTheme(), prefix)));
        created(platform.post("/api/proposals", """
                {"proposalId": "%s", "title": "Lokaler", "description": "Föreningarna behöver lokaler",
                 "themeId": "%s", "evidence": ["%s", "%s"]}"""
                .formatted(proposal(), theme(), contribution(1), contribution(2))));
        created(platform.post("/api/proposals", """
                {"proposalId": "%s", "title": "Fler lokaler", "themeId": "%s", "evidence": ["%s"]}"""
                .formatted(otherProposal(), theme(), contribution(2))));
        created(platform.post("/api/programmes", """
                {"programmeId": "%s", "name": "Program %s", "horizonYear": 2025}""".formatted(programme(), prefix)));
        created(platform.post("/api/programmes/" + programme() + "/focus-areas", """
                {"focusAreaId": "%s", "name": "Mötesplatser"}""".formatted(focusArea())));
    }

    private static void created(RunningPlatform.Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
    }

    private void describe() {
        Map<String, String> visit = Map.of("visitId", visit());
        Map<String, String> contribution = ordered("visitId", visit(), "contributionId", contribution(1));

        add("visits", "POST", "/api/visits", Map.of(), """
                {"visitId": "%s-visit-new", "municipalityCode": "2321", "date": "2015-11-16", "venue": "Åre",
                 "hosts": ["Erik"], "tourId": "%s"}""".formatted(prefix, tour()),
            Set.of("municipalityCode", "date", "venue"), Map.of("venue", 200));
        add("visits", "PUT", "/api/visits/{visitId}/contributions/{contributionId}",
            ordered("visitId", visit(), "contributionId", prefix + "-c-new"), """
                {"kind": "IDEA", "text": "En idésluss i varje kommun", "sector": "CITIZEN",
                 "loggedAt": "2015-11-19T10:00:00Z"}""",
            Set.of("kind", "text", "sector"), Map.of("text", 4_000));
        add("visits", "PUT", "/api/visits/{visitId}/contributions/{contributionId}/themes", contribution, """
                {"themeIds": ["%s"]}""".formatted(theme()), Set.of("themeIds"), Map.of());
        add("visits", "PUT", "/api/visits/{visitId}/tour", visit, """
                {"tourId": "%s"}""".formatted(tour()), Set.of("tourId"), Map.of());
        add("visits", "POST", "/api/visits/{visitId}/contributions/{contributionId}/amendment", contribution, """
                {"text": "Lokaler för föreningslivet, även på kvällstid"}""", Set.of("text"), Map.of("text", 4_000));
        add("visits", "POST", "/api/visits/{visitId}/contributions/{contributionId}/retraction",
            ordered("visitId", visit(), "contributionId", contribution(3)), """
                {"reason": "dubblett"}""", Set.of("reason"), Map.of("reason", 4_000));
        add("visits", "PUT", "/api/visits/{visitId}/attendance", visit, """
                {"participants": {"CITIZEN": 12, "BUSINESS": 3}}""", Set.of("participants"), Map.of());
        Map<String, Integer> reflections = new LinkedHashMap<>();
        for (String field : List.of("done", "gained", "learned", "wisestNext", "needs", "nextStep", "strengths")) {
            reflections.put(field, 4_000);
        }
        add("visits", "POST", "/api/visits/{visitId}/conclusion", visit, """
                {"done": "Halvdag med dialog", "gained": "Många behov", "learned": "Att lyssna först",
                 "wisestNext": "Samla idéerna", "needs": "Tid", "nextStep": "Återkoppla i januari",
                 "strengths": "Lokal förankring"}""", Set.of(), reflections);

        add("tours", "POST", "/api/tours", Map.of(), """
                {"tourId": "%s-tour-new", "name": "Vårturné", "startDate": "2016-03-01", "endDate": "2016-03-31"}"""
                .formatted(prefix), Set.of("tourId", "name", "startDate", "endDate"), Map.of("name", 200));

        add("themes", "POST", "/api/themes", Map.of(), """
                {"themeId": "%s-theme-new", "name": "Nytt tema"}""".formatted(prefix),
            Set.of("themeId", "name"), Map.of("name", 200));
        add("themes", "PUT", "/api/themes/{themeId}/name", Map.of("themeId", theme()), """
                {"name": "Omdöpt tema %s"}""".formatted(prefix), Set.of("name"), Map.of("name", 200));
        add("themes", "POST", "/api/themes/{themeId}/merge", Map.of("themeId", otherTheme()), """
                {"intoThemeId": "%s"}""".formatted(theme()), Set.of("intoThemeId"), Map.of());

        Map<String, String> proposal = Map.of("proposalId", proposal());
        add("proposals", "POST", "/api/proposals", Map.of(), """
                {"proposalId": "%s-proposal-new", "title": "Idéslussar", "description": "En i varje kommun",
                 "themeId": "%s", "evidence": ["%s"]}""".formatted(prefix, theme(), contribution(1)),
            Set.of("proposalId", "title", "themeId", "evidence"), Map.of("title", 200, "description", 4_000));
        add("proposals", "PUT", "/api/proposals/{proposalId}", proposal, """
                {"title": "Lokaler för alla", "description": "Reviderad", "themeId": "%s"}""".formatted(theme()),
            Set.of("title", "themeId"), Map.of("title", 200, "description", 4_000));
        add("proposals", "POST", "/api/proposals/{proposalId}/evidence", proposal, """
                {"contributionId": "%s"}""".formatted(contribution(3)), Set.of("contributionId"), Map.of());
        add("proposals", "POST", "/api/proposals/{proposalId}/assessments", proposal, """
                {"impact": 4, "feasibility": 3, "rationale": "Stort stöd", "assessedBy": "Anna"}""",
            Set.of("impact", "feasibility", "rationale", "assessedBy"), Map.of("rationale", 4_000, "assessedBy", 200));
        add("proposals", "PUT", "/api/proposals/{proposalId}/pilot-municipalities", proposal, """
                {"municipalityCodes": ["%s", "2321"]}""".formatted(KOMMUN), Set.of("municipalityCodes"), Map.of());
        add("proposals", "PUT", "/api/proposals/{proposalId}/status", proposal, """
                {"status": "UNDER_REVIEW", "note": "Dags att granska"}""", Set.of("status"), Map.of("note", 4_000));
        add("proposals", "POST", "/api/proposals/{proposalId}/merges", proposal, """
                {"mergedProposalId": "%s"}""".formatted(otherProposal()), Set.of("mergedProposalId"), Map.of());
        add("proposals", "POST", "/api/proposals/{proposalId}/splits", proposal, """
                {"newProposalId": "%s-proposal-split", "title": "Delat", "description": "Utbrutet",
                 "themeId": "%s", "evidence": ["%s"]}""".formatted(prefix, theme(), contribution(1)),
            Set.of("newProposalId", "title", "themeId", "evidence"), Map.of("title", 200, "description", 4_000));

        Map<String, String> programme = Map.of("programmeId", programme());
        add("programmes", "POST", "/api/programmes", Map.of(), """
                {"programmeId": "%s-programme-new", "name": "Nytt program", "horizonYear": 2030}""".formatted(prefix),
            Set.of("programmeId", "name", "horizonYear"), Map.of("name", 200));
        add("programmes", "POST", "/api/programmes/{programmeId}/focus-areas", programme, """
                {"focusAreaId": "%s-area-new", "name": "Nytt område"}""".formatted(prefix),
            Set.of("focusAreaId", "name"), Map.of("name", 200));
        add("programmes", "PUT", "/api/programmes/{programmeId}/focus-areas/{focusAreaId}/name",
            ordered("programmeId", programme(), "focusAreaId", focusArea()), """
                {"name": "Omdöpt område"}""", Set.of("name"), Map.of("name", 200));
        add("programmes", "POST", "/api/programmes/{programmeId}/placements", programme, """
                {"proposalId": "%s", "focusAreaId": "%s"}""".formatted(proposal(), focusArea()),
            Set.of("proposalId", "focusAreaId"), Map.of());
        add("programmes", "POST", "/api/programmes/{programmeId}/versions", programme, """
                {"note": "Första utkastet"}""", Set.of(), Map.of("note", 4_000));
    }

    /** The commands that take no body: only their paths can be wrong. */
    private void describeWithoutBodies() {
        add("visits", "POST", "/api/visits/{visitId}/reopening", Map.of("visitId", visit()), null, Set.of(),
            Map.of());
        add("themes", "POST", "/api/themes/{themeId}/retirement", Map.of("themeId", otherTheme()), null, Set.of(),
            Map.of());
        add("proposals", "DELETE", "/api/proposals/{proposalId}/evidence/{contributionId}",
            ordered("proposalId", proposal(), "contributionId", contribution(2)), null, Set.of(), Map.of());
        add("programmes", "DELETE", "/api/programmes/{programmeId}/placements/{proposalId}",
            ordered("programmeId", programme(), "proposalId", proposal()), null, Set.of(), Map.of());
        add("programmes", "POST", "/api/programmes/{programmeId}/adoption", Map.of("programmeId", programme()), null,
            Set.of(), Map.of());
    }

    private void add(String area, String method, String template, Map<String, String> ids, String body,
                     Set<String> required, Map<String, Integer> texts) {
        // in a fixed order, so that the tests made from them and the fuzz test's choices are the same every run
        endpoints.add(new Endpoint(area, method, template, ids, body, new TreeSet<>(required), new TreeMap<>(texts)));
    }

    private static Map<String, String> ordered(String firstField, String first, String secondField, String second) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(firstField, first);
        ids.put(secondField, second);
        return ids;
    }
}
