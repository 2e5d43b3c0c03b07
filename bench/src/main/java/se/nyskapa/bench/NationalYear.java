package se.nyskapa.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The workload: a fictional national year of dialogue. Kommuner across the country, many visits to each over the
 * year, a few hundred contributions a visit, in Swedish, from every sector. Deterministic for a seed, so that runs
 * compare.
 */
final class NationalYear {

    static final int MUNICIPALITIES = 290;
    static final String PROGRAMME = "bench-programme";

    private static final String[] KINDS = {"NEED", "NEED", "IDEA", "IDEA", "OPPORTUNITY", "RESOURCE"};
    private static final String[] SECTORS = {"MUNICIPAL_STAFF", "ELECTED_OFFICIAL", "CITIZEN", "SERVICE_USER",
            "BUSINESS", "CIVIL_SOCIETY", "ACADEMIA", "REGION", "OTHER"};
    private static final String[] STANCES = {"SUPPORT", "CONCERN", "AMENDMENT"};
    private static final String[] OPENINGS = {"Vi behöver", "Det saknas", "Vi vill se", "Det finns redan",
            "Kommunen borde satsa på", "Föreningarna efterfrågar", "Företagen i byn saknar", "Unga önskar"};
    private static final String[] SUBJECTS = {"fler mötesplatser för unga", "snabbare bredband till byarna",
            "en idésluss för medarbetarnas förslag", "samverkan mellan skola och näringsliv",
            "kollektivtrafik på kvällar och helger", "digitala vårdbesök i glesbygden", "lokaler för kulturföreningar",
            "stöd till nya företagare", "bättre dialog mellan politiker och medborgare", "delade kontorsplatser",
            "laddstolpar längs turistvägarna", "hemtjänst med välfärdsteknik", "en gemensam evenemangskalender",
            "praktikplatser för nyanlända", "mer samåkning till jobbet"};
    private static final String[] REASONS = {"eftersom många flyttar härifrån efter gymnasiet",
            "så att fler kan bo kvar och arbeta på orten", "för att avstånden är långa och vintrarna mörka",
            "vilket skulle stärka besöksnäringen året runt", "och det har diskuterats i flera år utan resultat",
            "så att idéer inte fastnar i förvaltningen", "för att små företag inte har råd att göra det själva"};

    private final int contributions;
    private final List<Municipality> municipalities;
    private final List<PlannedVisit> visits;
    private final List<Theme> themes;

    record Municipality(String code, String name) {
    }

    record PlannedVisit(String visitId, String municipalityCode, LocalDate date, int contributions) {
    }

    record Theme(String themeId, String name) {
    }

    NationalYear(int contributions, long seed) {
        this.contributions = contributions;
        this.municipalities = IntStream.rangeClosed(1, MUNICIPALITIES)
                                       .mapToObj(i -> new Municipality(String.valueOf(1000 + i),
                                                                       "Benchkommun " + i))
                                       .toList();
        this.themes = IntStream.rangeClosed(1, 14)
                               .mapToObj(i -> new Theme("bench-tema-" + i, "Benchtema " + i))
                               .toList();
        this.visits = planVisits(new Random(seed));
    }

    /** Visits of 100 to 400 contributions (250 on average), each to a kommun drawn at random, dated over the year. */
    private List<PlannedVisit> planVisits(Random random) {
        List<PlannedVisit> planned = new ArrayList<>();
        int left = contributions;
        while (left > 0) {
            int size = Math.min(left, 100 + random.nextInt(301));
            Municipality municipality = municipalities.get(random.nextInt(municipalities.size()));
            planned.add(new PlannedVisit("bv-" + planned.size(), municipality.code(),
                                         LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)), size));
            left -= size;
        }
        return List.copyOf(planned);
    }

    int contributions() {
        return contributions;
    }

    List<Municipality> municipalities() {
        return municipalities;
    }

    List<PlannedVisit> visits() {
        return visits;
    }

    List<Theme> themes() {
        return themes;
    }

    /** The region file the platform is started with: the kommuner (fictional names) and the themes it starts with. */
    Map<String, Object> region() {
        return Map.of("code", "SE-BENCH",
                      "name", "Sverige (fiktiv benchmarkregion)",
                      "language", "sv",
                      "timeZone", "Europe/Stockholm",
                      "municipalities", municipalities,
                      "themes", themes);
    }

    static String contributionId(PlannedVisit visit, int number) {
        return visit.visitId() + "-c" + number;
    }

    /** The body of one contribution: one in thirty is feedback on a proposal, once there are proposals. */
    static Map<String, Object> contribution(Random random, List<String> proposals) {
        String text = pick(random, OPENINGS) + " " + pick(random, SUBJECTS) + " " + pick(random, REASONS) + ". "
                      + pick(random, OPENINGS) + " också " + pick(random, SUBJECTS) + " " + pick(random, REASONS)
                      + ".";
        if (!proposals.isEmpty() && random.nextInt(30) == 0) {
            return Map.of("kind", "FEEDBACK", "text", text, "sector", pick(random, SECTORS),
                          "feedback", Map.of("proposalId", proposals.get(random.nextInt(proposals.size())),
                                             "stance", pick(random, STANCES)));
        }
        return Map.of("kind", pick(random, KINDS), "text", text, "sector", pick(random, SECTORS));
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
