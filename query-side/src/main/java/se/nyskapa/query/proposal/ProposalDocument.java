package se.nyskapa.query.proposal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedText;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A proposal with copies of its evidence and of the feedback heard on it, as its page shows them. */
@Document("proposals")
class ProposalDocument implements ProjectionDocument {

    @Id
    String id;
    String title;
    String description;
    String themeId;
    ProposalStatus status;
    Map<String, EvidenceItem> evidence = new LinkedHashMap<>();
    Map<String, FeedbackItem> feedback = new LinkedHashMap<>();
    AssessmentItem assessment;
    int assessmentCount;
    List<String> pilotMunicipalities = new ArrayList<>();
    String splitFrom;
    List<String> splitInto = new ArrayList<>();
    List<String> mergedFrom = new ArrayList<>();
    String mergedInto;
    Map<String, String> placements = new LinkedHashMap<>();
    Instant draftedAt;
    Instant updatedAt;
    Map<String, Long> applied = new HashMap<>();

    ProposalDocument() {
    }

    ProposalDocument(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    long liveEvidence() {
        return evidence.values().stream().filter(e -> !e.retracted).count();
    }

    static class EvidenceItem {
        String visitId;
        String municipalityCode;
        ContributionKind kind;
        Sector sector;
        String text;
        SealedText personalText;
        boolean retracted;
        /** The proposal this evidence came from by a merge, or {@code null}. */
        String via;
    }

    static class FeedbackItem {
        String visitId;
        String municipalityCode;
        Stance stance;
        String text;
        SealedText personalText;
        boolean retracted;

        /** A document holds its own items: a merged proposal's copy must not change with its target's. */
        FeedbackItem copy() {
            FeedbackItem copy = new FeedbackItem();
            copy.visitId = visitId;
            copy.municipalityCode = municipalityCode;
            copy.stance = stance;
            copy.text = text;
            copy.personalText = personalText;
            copy.retracted = retracted;
            return copy;
        }
    }

    static class AssessmentItem {
        int impact;
        int feasibility;
        String rationale;
        String assessedBy;
        Instant assessedAt;
    }
}
