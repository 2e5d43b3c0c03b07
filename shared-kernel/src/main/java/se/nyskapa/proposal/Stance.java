package se.nyskapa.proposal;

/** A kommun's stance on a proposal, as heard in a {@code FEEDBACK} contribution. */
public enum Stance {
    SUPPORT, CONCERN, AMENDMENT
}
