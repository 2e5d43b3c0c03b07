package se.nyskapa.query.search;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.nyskapa.id.Ids;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.region.Region;
import se.nyskapa.search.SearchContributions;
import se.nyskapa.search.SearchOrder;
import se.nyskapa.search.SearchResults;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analysts' search page: words and filters as {@code /api/search} takes them, 20 hits a page. On it analysts tag
 * hits, select hits to draft a proposal from, and, when they came from a proposal, cite hits as its evidence; all of
 * that is written from the browser through the command API.
 */
@Controller
class SearchPageController {

    private static final int LAST_PAGE = 999;
    private static final int MAX_WORDS = 500;

    private final QueryGateway queries;
    private final Region region;

    SearchPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    /** What the page was asked for; a value that is not one of the choices is left out rather than refused. */
    record Criteria(String q, String municipality, ContributionKind kind, Sector sector, String theme, String visit,
                    SearchOrder sort, int page, String proposal) {

        SearchContributions query() {
            return new SearchContributions(q, municipality, kind, sector, theme, visit, sort, page);
        }

        /** This search on another page. */
        public String link(int toPage) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
            param(uri, "q", q);
            param(uri, "municipality", municipality);
            param(uri, "kind", kind);
            param(uri, "sector", sector);
            param(uri, "theme", theme);
            param(uri, "visit", visit);
            param(uri, "sort", sort == SearchOrder.DATE ? "date" : null);
            param(uri, "proposal", proposal);
            param(uri, "page", toPage == 0 ? null : toPage);
            return uri.encode().build().toUriString();
        }

        private static void param(UriComponentsBuilder uri, String name, Object value) {
            if (value != null) {
                uri.queryParam(name, value);
            }
        }
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String municipality,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String sector,
                  @RequestParam(required = false) String theme, @RequestParam(required = false) String visit,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String proposal, Model model) {
        ProposalView target = id(proposal) == null ? null
                : queries.query(new FindProposal(proposal), ResponseTypes.optionalInstanceOf(ProposalView.class))
                         .join().orElse(null);
        Criteria criteria = new Criteria(
                words(q), region.municipality(String.valueOf(municipality)).isPresent() ? municipality : null,
                choice(ContributionKind.class, kind), choice(Sector.class, sector), id(theme), id(visit),
                "date".equals(sort) ? SearchOrder.DATE : SearchOrder.RELEVANCE, pageNumber(page),
                target == null ? null : target.proposalId());
        SearchResults results = queries.query(criteria.query(), SearchResults.class).join();
        List<ThemeList.Entry> themes = queries.query(new ListThemes(), ThemeList.class).join().themes().stream()
                .sorted(Comparator.comparing(ThemeList.Entry::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, ThemeList.Entry> byId = themes.stream().collect(
                Collectors.toMap(ThemeList.Entry::themeId, Function.identity()));

        model.addAttribute("criteria", criteria);
        model.addAttribute("results", results);
        model.addAttribute("hits", results.hits().stream().map(hit -> ShownHit.of(hit, byId)).toList());
        model.addAttribute("totalPages", (results.total() + results.pageSize() - 1) / results.pageSize());
        model.addAttribute("municipalities", region.municipalities());
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("themes", themes);
        model.addAttribute("activeThemes", themes.stream().filter(t -> t.status() == ThemeStatus.ACTIVE).toList());
        model.addAttribute("zone", region.zone());
        model.addAttribute("target", target);
        model.addAttribute("cited", target == null ? Set.of() : target.evidence().stream()
                .filter(e -> !e.retracted()).map(ProposalView.EvidenceEntry::contributionId)
                .collect(Collectors.toSet()));
        return "search";
    }

    /**
     * A hit as the page shows it: its fragment in plain-text pieces ({@code null} without words), its themes by name,
     * and the retired ones among them. Tagging with a retired theme is refused, so a hit's tags can only be saved
     * without those; the page says so beside its choice of themes.
     */
    record ShownHit(SearchResults.Hit hit, Highlight highlight, List<String> themes, List<String> retiredThemes) {

        static ShownHit of(SearchResults.Hit hit, Map<String, ThemeList.Entry> themes) {
            List<ThemeList.Entry> tags = hit.themeIds().stream().map(themes::get).filter(Objects::nonNull).toList();
            return new ShownHit(hit, hit.fragment() == null ? null : Highlight.of(hit.fragment()),
                                tags.stream().map(ThemeList.Entry::name).toList(),
                                tags.stream().filter(t -> t.status() == ThemeStatus.RETIRED)
                                    .map(ThemeList.Entry::name).toList());
        }
    }

    private static String words(String q) {
        return q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(MAX_WORDS, q.strip().length()));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
                     .orElse(null);
    }

    private static String id(String value) {
        return value != null && value.matches(Ids.PATTERN) ? value : null;
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(LAST_PAGE, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
