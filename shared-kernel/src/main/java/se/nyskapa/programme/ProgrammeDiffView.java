package se.nyskapa.programme;

import java.util.List;

/**
 * What changed in a programme draft between two points: proposals added, removed, moved between focus areas or
 * changed in what leadership sees of them (title, status, evidence, kommuner, assessment), and focus areas added,
 * removed or renamed.
 *
 * @param fromVersion the last version published at {@code from} (0: none yet)
 * @param toVersion   the last version published at {@code to} (0: none yet)
 */
public record ProgrammeDiffView(String programmeId, DraftPoint from, DraftPoint to, int fromVersion, int toVersion,
                                List<FocusAreaChange> focusAreas, List<PlacedProposal> added,
                                List<PlacedProposal> removed, List<MovedProposal> moved,
                                List<ChangedProposal> changed) {

    /** A focus area whose name differs; {@code before} null: added, {@code after} null: removed. */
    public record FocusAreaChange(String focusAreaId, String before, String after) {
    }

    public record PlacedProposal(String proposalId, String title, String focusAreaId, String focusAreaName) {
    }

    public record MovedProposal(String proposalId, String title, String fromFocusAreaId, String toFocusAreaId) {
    }

    public record ChangedProposal(String proposalId, String title, List<FieldChange> changes) {
    }

    /** One field of a proposal as leadership sees it, before and after, as text. */
    public record FieldChange(String field, String before, String after) {
    }
}
