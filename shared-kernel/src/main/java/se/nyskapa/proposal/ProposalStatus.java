package se.nyskapa.proposal;

/** A proposal's way from draft to decision; {@link #MERGED} is where a proposal ends that went into another. */
public enum ProposalStatus {
    DRAFT, UNDER_REVIEW, INCLUDED, PARKED, REJECTED, MERGED
}
