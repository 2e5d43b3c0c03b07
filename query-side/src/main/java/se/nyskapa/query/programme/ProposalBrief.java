package se.nyskapa.query.programme;

import se.nyskapa.proposal.ProposalStatus;

import java.util.ArrayList;
import java.util.List;

/** A placed proposal as the programme summary shows it; copied whole into every programme that places it. */
class ProposalBrief {

    String title;
    ProposalStatus status;
    long version;
    int evidenceCount;
    List<String> municipalities = new ArrayList<>();
    Integer impact;
    Integer feasibility;

    /** Documents hold their own copies: a frozen version must not change with the live brief. */
    ProposalBrief copy() {
        ProposalBrief copy = new ProposalBrief();
        copy.title = title;
        copy.status = status;
        copy.version = version;
        copy.evidenceCount = evidenceCount;
        copy.municipalities = new ArrayList<>(municipalities);
        copy.impact = impact;
        copy.feasibility = feasibility;
        return copy;
    }
}
