package se.nyskapa.query.proposal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every proposal in one line, and the themes' names: the list of proposals in one read. Entries are copies of the
 * proposal documents, replaced whole whenever a proposal changes.
 */
@Document("proposal_catalogue")
class ProposalCatalogue implements ProjectionDocument {

    static final String ID = "catalogue";

    @Id
    String id = ID;
    Map<String, Entry> proposals = new LinkedHashMap<>();
    Map<String, ThemeName> themes = new LinkedHashMap<>();

    @Override
    public String id() {
        return id;
    }

    /** The theme a proposal filed under {@code themeId} counts under today. */
    String resolve(String themeId) {
        String current = themeId;
        while (themes.containsKey(current) && themes.get(current).mergedInto != null) {
            current = themes.get(current).mergedInto;
        }
        return current;
    }

    static class Entry {
        String title;
        String themeId;
        ProposalStatus status;
        int evidenceCount;
    }

    static class ThemeName {
        String name;
        String mergedInto;
    }
}
