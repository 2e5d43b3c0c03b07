package se.nyskapa.query.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.id.Ids;
import se.nyskapa.query.web.InvalidParameterException;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.search.SearchContributions;
import se.nyskapa.search.SearchOrder;
import se.nyskapa.search.SearchResults;
import se.nyskapa.search.SuggestThemes;
import se.nyskapa.search.ThemeSuggestions;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Contribution search and theme suggestions. {@code /api/themes/suggestions} is a fixed path and wins over
 * {@code /api/themes/{themeId}}: a theme with the id {@code suggestions} could not be read by that path (as one
 * called {@code matrix} could not).
 */
@RestController
@Validated
@Tag(name = "Search")
class SearchController {

    private static final String ID = Ids.PATTERN;
    private static final String ID_MESSAGE = Ids.RULE;

    private final QueryGateway queries;
    private final Region region;

    SearchController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search the live contributions: plain words in any inflected form, filters, 20 a page, "
            + "best match or newest first; matched words in <mark>…</mark> in each hit's fragment")
    SearchResults search(
            @Parameter(description = "plain words; query syntax is taken as words")
            @RequestParam(required = false) @Size(max = 500) String q,
            @Parameter(description = "a kommun's code") @RequestParam(required = false) String municipality,
            @RequestParam(required = false) ContributionKind kind,
            @RequestParam(required = false) Sector sector,
            @Parameter(description = "a theme; contributions tagged with a theme merged into it count too")
            @RequestParam(required = false) @Pattern(regexp = ID, message = ID_MESSAGE) String theme,
            @RequestParam(required = false) @Pattern(regexp = ID, message = ID_MESSAGE) String visit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(999) int page,
            @Parameter(description = "relevance (default; newest first when there are no words) or date (newest first)")
            @RequestParam(defaultValue = "relevance")
            @Pattern(regexp = "relevance|date", message = "must be relevance or date") String sort) {
        if (municipality != null && region.municipality(municipality).isEmpty()) {
            throw new InvalidParameterException("municipality", "must be one of the region's kommun codes: "
                    + region.municipalities().stream().map(Municipality::code).collect(Collectors.joining(", ")));
        }
        SearchOrder order = SearchOrder.valueOf(sort.toUpperCase(Locale.ROOT));
        return queries.query(new SearchContributions(q, municipality, kind, sector, theme, visit, order, page),
                             SearchResults.class).join();
    }

    @GetMapping("/api/themes/suggestions")
    @Operation(summary = "The themes a text most likely belongs to, judged from the contributions tagged so far, "
            + "each with its score and the text's words that matched")
    ThemeSuggestions suggestions(@RequestParam(required = false) @NotBlank @Size(max = 4_000) String text) {
        return queries.query(new SuggestThemes(text), ThemeSuggestions.class).join();
    }
}
