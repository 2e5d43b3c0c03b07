package se.nyskapa.query.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.proposal.Stance;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A contribution as the search index holds it: one Lucene document, replaced whole on every change. A retracted
 * contribution stays as a document without its text, so that an event delivered again cannot bring it back.
 * <p>
 * Personal data is stored as the events carry it, sealed, and is never analysed: a text marked personal is not in the
 * index's terms (it cannot be found by its words, and no term of it is on disk), only its ciphertext is stored, and
 * the contributor's details likewise. They are opened when a hit is read.
 */
final class IndexedContribution {

    static final String ID = "id";
    static final String VISIT = "visit";
    static final String MUNICIPALITY = "municipality";
    static final String KIND = "kind";
    static final String SECTOR = "sector";
    static final String THEME = "theme";
    static final String STATE = "state";
    static final String RECORDED_AT = "recordedAt";
    static final String LIVE = "live";

    private static final String RETRACTED = "retracted";
    private static final String AMENDED_AT = "amendedAt";
    private static final String FEEDBACK_PROPOSAL = "feedbackProposal";
    private static final String FEEDBACK_STANCE = "feedbackStance";
    private static final String SEQUENCE = "sequence";
    private static final String PERSONAL_TEXT_KEY = "personalTextKey";
    private static final String PERSONAL_TEXT = "personalText";
    private static final String CONTRIBUTOR_KEY = "contributorKey";
    private static final String CONTRIBUTOR_NAME = "contributorName";
    private static final String CONTRIBUTOR_EMAIL = "contributorEmail";
    private static final String CONTRIBUTOR_ORGANISATION = "contributorOrganisation";

    /** Stored for showing and highlighting, with its offsets in the postings so highlights need no re-analysis. */
    private static final FieldType TEXT_TYPE = textType();

    final String id;
    String visitId;
    String municipalityCode;
    ContributionKind kind;
    Sector sector;
    /** {@code null} when the text is personal, and kept sealed in {@code personalText}. */
    String text;
    SealedText personalText;
    SealedContributor contributor;
    List<String> themeIds = List.of();
    ProposalFeedback feedback;
    Instant recordedAt;
    Instant amendedAt;
    boolean retracted;
    /** The visit's sequence number of the last event applied: older or repeated events change nothing. */
    private long sequence = -1;

    IndexedContribution(String id) {
        this.id = id;
    }

    /** Whether the visit's event at {@code eventSequence} is new to this contribution; if so, it is applied now. */
    boolean firstTime(long eventSequence) {
        if (eventSequence <= sequence) {
            return false;
        }
        sequence = eventSequence;
        return true;
    }

    IndexedContribution copy() {
        return of(toDocument());
    }

    void retract() {
        retracted = true;
        text = null;
        personalText = null;
        contributor = null;
        themeIds = List.of();
        feedback = null;
    }

    Document toDocument() {
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(id)));
        document.add(new StringField(VISIT, visitId, Field.Store.YES));
        document.add(new StringField(STATE, retracted ? RETRACTED : LIVE, Field.Store.YES));
        document.add(new StoredField(SEQUENCE, sequence));
        if (retracted) {
            return document;
        }
        document.add(new StringField(MUNICIPALITY, municipalityCode, Field.Store.YES));
        document.add(new StringField(KIND, kind.name(), Field.Store.YES));
        document.add(new StringField(SECTOR, sector.name(), Field.Store.YES));
        themeIds.forEach(themeId -> document.add(new StringField(THEME, themeId, Field.Store.YES)));
        if (personalText == null) {
            document.add(new Field(SearchAnalysis.TEXT, text, TEXT_TYPE));
            document.add(new TextField(SearchAnalysis.STEM, text, Field.Store.NO));
        } else {
            document.add(new StoredField(PERSONAL_TEXT_KEY, personalText.keyId()));
            document.add(new StoredField(PERSONAL_TEXT, personalText.ciphertext()));
        }
        if (contributor != null) {
            document.add(new StoredField(CONTRIBUTOR_KEY, contributor.keyId()));
            storeIfGiven(document, CONTRIBUTOR_NAME, contributor.name());
            storeIfGiven(document, CONTRIBUTOR_EMAIL, contributor.email());
            storeIfGiven(document, CONTRIBUTOR_ORGANISATION, contributor.organisation());
        }
        document.add(new NumericDocValuesField(RECORDED_AT, recordedAt.toEpochMilli()));
        document.add(new StoredField(RECORDED_AT, recordedAt.toEpochMilli()));
        if (amendedAt != null) {
            document.add(new StoredField(AMENDED_AT, amendedAt.toEpochMilli()));
        }
        if (feedback != null) {
            document.add(new StoredField(FEEDBACK_PROPOSAL, feedback.proposalId()));
            document.add(new StoredField(FEEDBACK_STANCE, feedback.stance().name()));
        }
        return document;
    }

    static IndexedContribution of(Document document) {
        IndexedContribution contribution = new IndexedContribution(document.get(ID));
        contribution.visitId = document.get(VISIT);
        contribution.sequence = document.getField(SEQUENCE).numericValue().longValue();
        contribution.retracted = RETRACTED.equals(document.get(STATE));
        if (contribution.retracted) {
            return contribution;
        }
        contribution.municipalityCode = document.get(MUNICIPALITY);
        contribution.kind = ContributionKind.valueOf(document.get(KIND));
        contribution.sector = Sector.valueOf(document.get(SECTOR));
        contribution.themeIds = Arrays.asList(document.getValues(THEME));
        contribution.text = document.get(SearchAnalysis.TEXT);
        if (document.get(PERSONAL_TEXT_KEY) != null) {
            contribution.personalText = new SealedText(document.get(PERSONAL_TEXT_KEY), document.get(PERSONAL_TEXT));
        }
        if (document.get(CONTRIBUTOR_KEY) != null) {
            contribution.contributor = new SealedContributor(document.get(CONTRIBUTOR_KEY),
                                                             document.get(CONTRIBUTOR_NAME),
                                                             document.get(CONTRIBUTOR_EMAIL),
                                                             document.get(CONTRIBUTOR_ORGANISATION));
        }
        contribution.recordedAt = instant(document.getField(RECORDED_AT));
        contribution.amendedAt = instant(document.getField(AMENDED_AT));
        if (document.get(FEEDBACK_PROPOSAL) != null) {
            contribution.feedback = new ProposalFeedback(document.get(FEEDBACK_PROPOSAL),
                                                         Stance.valueOf(document.get(FEEDBACK_STANCE)));
        }
        return contribution;
    }

    private static void storeIfGiven(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }

    private static Instant instant(IndexableField field) {
        return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
