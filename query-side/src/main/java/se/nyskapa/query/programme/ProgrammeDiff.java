package se.nyskapa.query.programme;

import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeDiffView.ChangedProposal;
import se.nyskapa.programme.ProgrammeDiffView.FieldChange;
import se.nyskapa.programme.ProgrammeDiffView.FocusAreaChange;
import se.nyskapa.programme.ProgrammeDiffView.MovedProposal;
import se.nyskapa.programme.ProgrammeDiffView.PlacedProposal;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.programme.ProgrammeSummaryView.FocusArea;
import se.nyskapa.programme.ProgrammeSummaryView.Proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Compares two programme drafts as leadership sees them: placements, focus areas, and each proposal's line. */
final class ProgrammeDiff {

    private ProgrammeDiff() {
    }

    static ProgrammeDiffView between(String programmeId, DraftPoint fromPoint, Optional<ProgrammeSummaryView> from,
                                     DraftPoint toPoint, Optional<ProgrammeSummaryView> to) {
        Map<String, FocusArea> areasBefore = areas(from);
        Map<String, FocusArea> areasAfter = areas(to);
        Map<String, Placed> before = placements(areasBefore);
        Map<String, Placed> after = placements(areasAfter);

        List<FocusAreaChange> focusAreas = new ArrayList<>();
        areasBefore.forEach((id, area) -> {
            String name = Optional.ofNullable(areasAfter.get(id)).map(FocusArea::name).orElse(null);
            if (!area.name().equals(name)) {
                focusAreas.add(new FocusAreaChange(id, area.name(), name));
            }
        });
        areasAfter.forEach((id, area) -> {
            if (!areasBefore.containsKey(id)) {
                focusAreas.add(new FocusAreaChange(id, null, area.name()));
            }
        });

        List<PlacedProposal> added = new ArrayList<>();
        List<MovedProposal> moved = new ArrayList<>();
        List<ChangedProposal> changed = new ArrayList<>();
        after.forEach((id, now) -> {
            Placed then = before.get(id);
            if (then == null) {
                added.add(now.placed());
                return;
            }
            if (!then.area().focusAreaId().equals(now.area().focusAreaId())) {
                moved.add(new MovedProposal(id, now.proposal().title(), then.area().focusAreaId(),
                                            now.area().focusAreaId()));
            }
            List<FieldChange> changes = changes(then.proposal(), now.proposal());
            if (!changes.isEmpty()) {
                changed.add(new ChangedProposal(id, now.proposal().title(), changes));
            }
        });
        List<PlacedProposal> removed = before.entrySet().stream()
                .filter(placed -> !after.containsKey(placed.getKey()))
                .map(placed -> placed.getValue().placed())
                .toList();
        return new ProgrammeDiffView(programmeId, fromPoint, toPoint, version(from), version(to), focusAreas, added,
                                     removed, moved, changed);
    }

    private static List<FieldChange> changes(Proposal before, Proposal after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", before, after, Proposal::title);
        compare(changes, "status", before, after, Proposal::status);
        compare(changes, "evidenceCount", before, after, Proposal::evidenceCount);
        compare(changes, "municipalities", before, after, p -> String.join(", ", p.municipalities()));
        compare(changes, "impact", before, after, Proposal::impact);
        compare(changes, "feasibility", before, after, Proposal::feasibility);
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Proposal before, Proposal after,
                                Function<Proposal, Object> value) {
        Object then = value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(then, now)) {
            changes.add(new FieldChange(field, text(then), text(now)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int version(Optional<ProgrammeSummaryView> summary) {
        return summary.map(ProgrammeSummaryView::version).orElse(0);
    }

    private static Map<String, FocusArea> areas(Optional<ProgrammeSummaryView> summary) {
        Map<String, FocusArea> areas = new LinkedHashMap<>();
        summary.ifPresent(s -> s.focusAreas().forEach(area -> areas.put(area.focusAreaId(), area)));
        return areas;
    }

    private static Map<String, Placed> placements(Map<String, FocusArea> areas) {
        Map<String, Placed> placements = new LinkedHashMap<>();
        areas.values().forEach(area -> area.proposals().forEach(p -> placements.put(p.proposalId(),
                                                                                    new Placed(area, p))));
        return placements;
    }

    private record Placed(FocusArea area, Proposal proposal) {

        PlacedProposal placed() {
            return new PlacedProposal(proposal.proposalId(), proposal.title(), area.focusAreaId(), area.name());
        }
    }
}
