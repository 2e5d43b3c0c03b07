package se.nyskapa.proposal;

/** Everything that happens to a proposal. */
public sealed interface ProposalEvent permits ProposalDrafted, ProposalRevised, EvidenceLinked, EvidenceUnlinked,
        ProposalAssessed, PilotMunicipalitiesNamed, ProposalStatusChanged, ProposalMerged, ProposalAbsorbed,
        ProposalSplit, ProposalSplitOff {

    String proposalId();
}
