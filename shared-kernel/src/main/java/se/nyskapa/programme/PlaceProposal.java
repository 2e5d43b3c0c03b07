package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places the proposal in the focus area, moving it there if it is already placed in another. */
public record PlaceProposal(@TargetAggregateIdentifier String programmeId, String proposalId, String focusAreaId) {
}
