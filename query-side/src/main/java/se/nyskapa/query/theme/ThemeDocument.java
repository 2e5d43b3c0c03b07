package se.nyskapa.query.theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One theme and the live contributions under it. Members are keyed by contribution, so a contribution tagged with
 * two themes that were later merged counts once. A merged theme keeps its members as they were at the merge; from
 * then on they live in the theme it went into.
 */
@Document("themes")
class ThemeDocument implements ProjectionDocument {

    @Id
    String id;
    String name;
    ThemeStatus status = ThemeStatus.ACTIVE;
    String mergedInto;
    List<String> mergedFrom = new ArrayList<>();
    Map<String, Member> members = new LinkedHashMap<>();
    Map<String, ProposalEntry> proposals = new LinkedHashMap<>();
    Map<String, Long> applied = new HashMap<>();

    ThemeDocument() {
    }

    ThemeDocument(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Live contributions per kommun and kind. */
    Map<String, Map<ContributionKind, Long>> counts() {
        Map<String, Map<ContributionKind, Long>> counts = new TreeMap<>();
        members.values().forEach(member -> counts.computeIfAbsent(member.municipalityCode, code -> new TreeMap<>())
                                                 .merge(member.kind, 1L, Long::sum));
        return counts;
    }

    /** What the counts need of a member; its content is read from its {@link TaggedContribution}. */
    static class Member {
        String municipalityCode;
        ContributionKind kind;

        /** A document holds its own members: a merged theme's copy must not change with its target's. */
        Member copy() {
            Member copy = new Member();
            copy.municipalityCode = municipalityCode;
            copy.kind = kind;
            return copy;
        }
    }

    static class ProposalEntry {
        String title;
        ProposalStatus status;

        ProposalEntry copy() {
            ProposalEntry copy = new ProposalEntry();
            copy.title = title;
            copy.status = status;
            return copy;
        }
    }
}
