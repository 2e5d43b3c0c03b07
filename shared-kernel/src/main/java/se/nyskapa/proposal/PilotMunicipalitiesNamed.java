package se.nyskapa.proposal;

import java.time.Instant;
import java.util.List;

/** The proposal's testkommuner are now exactly these. */
public record PilotMunicipalitiesNamed(String proposalId, List<String> municipalityCodes, Instant namedAt)
        implements ProposalEvent {
}
