package se.nyskapa.proposal;

/**
 * @param impact      1 (little) to 5 (great)
 * @param feasibility 1 (hard) to 5 (easy)
 * @param assessedBy  who assessed; from the login once there is one
 */
public record Assessment(int impact, int feasibility, String rationale, String assessedBy) {
}
