package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param personalText the new text holds personal data: it is sealed in the event */
public record AmendContribution(@TargetAggregateIdentifier String visitId, String contributionId, String text,
                                boolean personalText) {

    public AmendContribution(String visitId, String contributionId, String text) {
        this(visitId, contributionId, text, false);
    }
}
