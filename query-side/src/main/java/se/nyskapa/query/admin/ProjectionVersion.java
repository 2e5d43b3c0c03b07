package se.nyskapa.query.admin;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

/** The {@link se.nyskapa.query.support.Projection#version() version} a projection's documents were built by. */
@Document("projection_versions")
class ProjectionVersion implements ProjectionDocument {

    @Id
    String id;
    int version;

    ProjectionVersion() {
    }

    ProjectionVersion(String id, int version) {
        this.id = id;
        this.version = version;
    }

    @Override
    public String id() {
        return id;
    }
}
