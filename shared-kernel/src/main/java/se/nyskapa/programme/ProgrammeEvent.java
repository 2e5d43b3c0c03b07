package se.nyskapa.programme;

/** Everything that happens to an innovation programme. */
public sealed interface ProgrammeEvent permits ProgrammeStarted, FocusAreaAdded, FocusAreaRenamed, ProposalPlaced,
        ProposalRemoved, DraftPublished, ProgrammeAdopted {

    String programmeId();
}
