package se.nyskapa.query.municipality;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.query.feedback.FeedbackProjection;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.theme.ThemeProjection;
import se.nyskapa.query.visit.VisitStatuses;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Municipality profiles. Events of all visits to a kommun are handled in order by one segment (sequenced by kommun
 * code), because they all change the kommun's profile. Each document guards itself against events it has seen (the
 * profile and need pages per source visit, a contribution's own document by its last event), and the profile, which
 * holds the need counter, is written after the documents placed by that counter.
 */
@Component
@ProcessingGroup(MunicipalityProjection.PROCESSING_GROUP)
class MunicipalityProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "municipalities";
    static final int PAGE_SIZE = 50;

    private final DocumentStore documents;
    private final Region region;
    private final Clock clock;
    private final ThemeProjection themes;
    private final FeedbackProjection feedback;
    private final PersonalData personalData;

    /** The profile's themes and proposals are read from the projections that keep them, each by its own key. */
    MunicipalityProjection(DocumentStore documents, Region region, Clock clock, ThemeProjection themes,
                           FeedbackProjection feedback, PersonalData personalData) {
        super(documents, PROCESSING_GROUP, ProfiledContribution.class, NeedPage.class, MunicipalityProfile.class);
        batch.keyedByContribution(ProfiledContribution.class)
             .readAhead(MunicipalityProfile.class, VisitEvent.class, VisitEvent::municipalityCode);
        this.documents = documents;
        this.themes = themes;
        this.feedback = feedback;
        this.region = region;
        this.clock = clock;
        this.personalData = personalData;
    }

    /** 2: what it remembers of each contribution in a document of its own, instead of one per visit. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return event -> event.getPayload() instanceof VisitEvent visitEvent ? visitEvent.municipalityCode() : null;
    }

    @EventHandler
    void on(VisitScheduled event, @SequenceNumber long sequence) {
        updateProfile(event, sequence, profile -> {
            MunicipalityProfile.VisitEntry visit = new MunicipalityProfile.VisitEntry();
            visit.visitId = event.visitId();
            visit.date = event.date();
            visit.venue = event.venue();
            profile.visits.put(event.visitId(), visit);
        });
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        MunicipalityProfile profile = profile(event.municipalityCode());
        ProfiledContribution contribution = contribution(event.contributionId())
                .orElseGet(() -> new ProfiledContribution(event.contributionId()));
        if (contribution.firstTime(sequence)) {
            contribution.kind = event.kind();
            contribution.sector = event.sector();
            contribution.needPage = event.kind() == ContributionKind.NEED
                    ? (int) (profile.needsRecorded / PAGE_SIZE) : null;
            batch.save(contribution);
        }
        Integer page = contribution.needPage;
        if (page != null) {
            updateNeedPage(event, sequence, page, needs -> {
                NeedPage.Entry entry = new NeedPage.Entry();
                entry.contributionId = event.contributionId();
                entry.visitId = event.visitId();
                entry.text = event.text();
                entry.personalText = event.personalText();
                entry.sector = event.sector();
                entry.recordedAt = event.recordedAt();
                needs.entries.add(entry);
            });
        }
        updateProfile(event, sequence, p -> {
            p.byKind.merge(event.kind(), 1L, Long::sum);
            p.bySector.merge(event.sector(), 1L, Long::sum);
            visitEntry(p, event.visitId()).ifPresent(visit -> {
                visit.recorded++;
                visit.live++;
            });
            if (page != null) {
                p.needsRecorded++;
                while (p.liveNeedsPerPage.size() <= page) {
                    p.liveNeedsPerPage.add(0);
                }
                p.liveNeedsPerPage.set(page, p.liveNeedsPerPage.get(page) + 1);
            }
        });
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        ProfiledContribution profiled = contribution(event.contributionId()).orElse(null);
        if (profiled != null && profiled.needPage != null) {
            updateNeedPage(event, sequence, profiled.needPage, needs -> needEntry(needs, event.contributionId())
                    .ifPresent(entry -> {
                        entry.text = event.text();
                        entry.personalText = event.personalText();
                        entry.amendedAt = event.amendedAt();
                    }));
        }
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        ProfiledContribution profiled = contribution(event.contributionId()).orElse(null);
        if (profiled == null) {
            return;
        }
        if (profiled.firstTime(sequence)) {
            profiled.retracted = true;
            batch.save(profiled);
        }
        if (profiled.needPage != null) {
            updateNeedPage(event, sequence, profiled.needPage, needs -> needEntry(needs, event.contributionId())
                    .ifPresent(entry -> entry.retracted = true));
        }
        updateProfile(event, sequence, profile -> {
            profile.byKind.merge(profiled.kind, -1L, Long::sum);
            profile.bySector.merge(profiled.sector, -1L, Long::sum);
            visitEntry(profile, event.visitId()).ifPresent(visit -> visit.live--);
            if (profiled.needPage != null) {
                profile.liveNeedsPerPage.set(profiled.needPage, profile.liveNeedsPerPage.get(profiled.needPage) - 1);
            }
        });
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequence) {
        updateProfile(event, sequence, profile -> visitEntry(profile, event.visitId()).ifPresent(visit -> {
            visit.attendance = new EnumMap<>(Sector.class);
            visit.attendance.putAll(event.participants());
        }));
    }

    @EventHandler
    void on(VisitConcluded event, @SequenceNumber long sequence) {
        updateProfile(event, sequence, profile -> visitEntry(profile, event.visitId())
                .ifPresent(visit -> visit.concluded = true));
    }

    @EventHandler
    void on(VisitReopened event, @SequenceNumber long sequence) {
        updateProfile(event, sequence, profile -> visitEntry(profile, event.visitId())
                .ifPresent(visit -> visit.concluded = false));
    }

    @QueryHandler
    MunicipalityList handle(ListMunicipalities query) {
        List<String> codes = region.municipalities().stream().map(Municipality::code).toList();
        Map<String, MunicipalityProfile> profiles = documents.findAllById(codes, MunicipalityProfile.class).stream()
                .collect(Collectors.toMap(MunicipalityProfile::id, Function.identity()));
        return new MunicipalityList(region.code(), region.name(), region.municipalities().stream().map(m -> {
            MunicipalityProfile profile = profiles.getOrDefault(m.code(), new MunicipalityProfile(m.code()));
            return new MunicipalityList.Entry(m.code(), m.name(), profile.visits.size(), liveContributions(profile));
        }).toList());
    }

    @QueryHandler
    Optional<MunicipalityView> handle(FindMunicipality query) {
        return region.municipality(query.code()).map(municipality -> {
            MunicipalityProfile profile = documents.read(municipality.code(), MunicipalityProfile.class)
                    .orElseGet(() -> new MunicipalityProfile(municipality.code()));
            return view(municipality, profile, Math.max(query.page(), 0));
        });
    }

    private MunicipalityView view(Municipality municipality, MunicipalityProfile profile, int page) {
        LocalDate today = LocalDate.now(clock.withZone(region.zone()));
        List<MunicipalityView.VisitEntry> visits = profile.visits.values().stream()
                .sorted(Comparator.comparing((MunicipalityProfile.VisitEntry v) -> v.date).reversed())
                .map(v -> new MunicipalityView.VisitEntry(v.visitId, v.date, v.venue,
                                                          VisitStatuses.of(v.concluded, v.recorded > 0, v.date, today),
                                                          v.live))
                .toList();
        Map<Sector, Integer> attendance = new EnumMap<>(Sector.class);
        profile.visits.values().forEach(v -> v.attendance.forEach((s, n) -> attendance.merge(s, n, Integer::sum)));
        return new MunicipalityView(municipality.code(), municipality.name(), profile.visits.size(),
                                    liveContributions(profile), visits, withoutZeros(profile.byKind),
                                    withoutZeros(profile.bySector), attendance, needs(profile, page),
                                    themes.themesOf(municipality.code()),
                                    feedback.proposalsSupportedBy(municipality.code()));
    }

    /** Walks the need pages from the newest, counting live needs, and reads only the pages that hold this page. */
    private MunicipalityView.NeedPage needs(MunicipalityProfile profile, int page) {
        long total = profile.liveNeedsPerPage.stream().mapToLong(Integer::longValue).sum();
        long skip = (long) page * PAGE_SIZE;
        List<MunicipalityView.Need> items = new ArrayList<>();
        for (int stored = profile.liveNeedsPerPage.size() - 1; stored >= 0 && items.size() < PAGE_SIZE; stored--) {
            int live = profile.liveNeedsPerPage.get(stored);
            if (skip >= live) {
                skip -= live;
                continue;
            }
            List<NeedPage.Entry> newestFirst = new ArrayList<>(
                    documents.read(NeedPage.id(profile.id, stored), NeedPage.class)
                             .map(needs -> needs.entries).orElse(List.of()));
            Collections.reverse(newestFirst);
            for (NeedPage.Entry entry : newestFirst) {
                if (entry.retracted) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                } else if (items.size() < PAGE_SIZE) {
                    items.add(new MunicipalityView.Need(entry.contributionId, entry.visitId,
                                                        personalData.shown(entry.contributionId, entry.text,
                                                                           entry.personalText),
                                                        entry.sector, entry.recordedAt, entry.amendedAt));
                }
            }
        }
        int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new MunicipalityView.NeedPage(page, PAGE_SIZE, total, totalPages, items);
    }

    private void updateProfile(VisitEvent event, long sequence, Consumer<MunicipalityProfile> change) {
        MunicipalityProfile profile = profile(event.municipalityCode());
        if (Applied.firstTime(profile.applied, event.visitId(), sequence)) {
            change.accept(profile);
            batch.save(profile);
        }
    }

    private void updateNeedPage(VisitEvent event, long sequence, int page, Consumer<NeedPage> change) {
        String id = NeedPage.id(event.municipalityCode(), page);
        NeedPage needs = batch.find(NeedPage.class, id).orElseGet(() -> new NeedPage(id));
        if (Applied.firstTime(needs.applied, event.visitId(), sequence)) {
            change.accept(needs);
            batch.save(needs);
        }
    }

    private MunicipalityProfile profile(String code) {
        return batch.find(MunicipalityProfile.class, code).orElseGet(() -> new MunicipalityProfile(code));
    }

    private Optional<ProfiledContribution> contribution(String contributionId) {
        return batch.find(ProfiledContribution.class, contributionId);
    }

    private static Optional<MunicipalityProfile.VisitEntry> visitEntry(MunicipalityProfile profile, String visitId) {
        return Optional.ofNullable(profile.visits.get(visitId));
    }

    private static Optional<NeedPage.Entry> needEntry(NeedPage needs, String contributionId) {
        return needs.entries.stream().filter(e -> e.contributionId.equals(contributionId)).findFirst();
    }

    private static long liveContributions(MunicipalityProfile profile) {
        return profile.visits.values().stream().mapToLong(v -> v.live).sum();
    }

    private static <K extends Enum<K>> Map<K, Long> withoutZeros(Map<K, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                     .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }
}
