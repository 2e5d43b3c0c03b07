package se.nyskapa.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reset every document projection inherits is the one Axon calls before a rebuild, and it drops its documents. */
class DocumentProjectionTest {

    static final class Note implements ProjectionDocument {

        @Override
        public String id() {
            return "note";
        }
    }

    static final class Notes extends DocumentProjection {

        Notes(DocumentStore documents) {
            super(documents, "notes", Note.class);
        }
    }

    @Test
    void aResetDropsTheDocumentsThatTheProjectionWrites() {
        InMemoryDocumentStore documents = new InMemoryDocumentStore();
        documents.saveAll(Note.class, List.of(new Note()));
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(new Notes(documents));

        assertThat(handlers.supportsReset()).isTrue();
        handlers.prepareReset();

        assertThat(documents.findById("note", Note.class)).isEmpty();
    }
}
