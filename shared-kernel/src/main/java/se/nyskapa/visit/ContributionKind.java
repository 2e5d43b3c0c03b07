package se.nyskapa.visit;

/** What a contribution (inspel) is: behov, idé, möjlighet, gemensam resurs, återkoppling på förslag. */
public enum ContributionKind {
    NEED, IDEA, OPPORTUNITY, RESOURCE, FEEDBACK
}
