package se.nyskapa.query.export;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.region.Municipality;
import se.nyskapa.query.search.Themes;
import se.nyskapa.region.Region;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.VisitView;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every live contribution, visit by visit, for the exports: read through the same queries as the API, each a
 * document read by its id (the region's kommuner, each kommun's profile for its visits, each visit with its
 * contributions), so an export holds at most one visit in memory however large the region's dialogue has grown.
 * Retracted contributions are left out, as in the search and the återkoppling.
 */
@Component
public class Contributions {

    private final QueryGateway queries;
    private final Region region;

    Contributions(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    /** What takes each contribution in turn; it may fail on writing, which ends the export. */
    @FunctionalInterface
    public interface Sink {
        void accept(ExportedContribution contribution) throws IOException;
    }

    /** A visit's contributions have all been given to the sink: a good moment to flush what was written. */
    @FunctionalInterface
    public interface VisitDone {
        void done() throws IOException;
    }

    Themes themes() {
        return new Themes(queries.query(new ListThemes(), ThemeList.class).join());
    }

    public void forEach(ContributionFilter filter, Sink sink, VisitDone visitDone) throws IOException {
        Themes themes = themes();
        for (Municipality kommun : region.municipalities()) {
            if (filter.municipalityCode() != null && !filter.municipalityCode().equals(kommun.code())) {
                continue;
            }
            for (MunicipalityView.VisitEntry entry : profile(kommun.code()).map(MunicipalityView::visits)
                                                                            .orElse(List.of())) {
                Optional<VisitView> visit = queries.query(new FindVisit(entry.visitId()),
                                                          ResponseTypes.optionalInstanceOf(VisitView.class)).join();
                if (visit.isEmpty()) {
                    continue;
                }
                for (VisitView.ContributionView c : visit.get().contributions()) {
                    if (c.retractedAt() != null) {
                        continue;
                    }
                    List<ExportedContribution.Theme> tagged = themes.resolve(c.themeIds()).stream().map(
                            id -> new ExportedContribution.Theme(id, themes.name(id))).toList();
                    if ((filter.kind() != null && filter.kind() != c.kind()) || (filter.themeId() != null
                            && tagged.stream().noneMatch(t -> t.themeId().equals(filter.themeId())))) {
                        continue;
                    }
                    sink.accept(new ExportedContribution(c.contributionId(), kommun.code(), kommun.name(),
                                                         entry.visitId(), visit.get().date(), c.kind(), c.sector(),
                                                         tagged, c.text(), c.recordedAt(), c.amendedAt(),
                                                         c.contributor()));
                }
                visitDone.done();
            }
        }
    }

    /**
     * How many contributions an export will hold, from the counts the projections keep (the kommun profiles', or
     * the theme matrix's for a theme): for showing progress. Written a moment later, an export may hold a few more.
     */
    public long expected(ContributionFilter filter) {
        List<String> codes = region.municipalities().stream().map(Municipality::code)
                                   .filter(code -> filter.municipalityCode() == null
                                                   || filter.municipalityCode().equals(code))
                                   .toList();
        if (filter.themeId() != null) {
            ThemeMatrixView matrix = queries.query(new FindThemeMatrix(), ThemeMatrixView.class).join();
            return matrix.themes().stream().filter(row -> row.themeId().equals(filter.themeId()))
                         .flatMap(row -> codes.stream().map(code -> row.cells().getOrDefault(code, Map.of())))
                         .mapToLong(cell -> count(cell, filter.kind()))
                         .sum();
        }
        return codes.stream().map(this::profile).flatMap(Optional::stream)
                    .mapToLong(profile -> filter.kind() == null ? profile.contributionCount()
                            : profile.contributionsByKind().getOrDefault(filter.kind(), 0L))
                    .sum();
    }

    private static long count(Map<ContributionKind, Long> byKind, ContributionKind kind) {
        return kind == null ? byKind.values().stream().mapToLong(Long::longValue).sum()
                : byKind.getOrDefault(kind, 0L);
    }

    private Optional<MunicipalityView> profile(String code) {
        return queries.query(new FindMunicipality(code, 0), ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                      .join();
    }
}
