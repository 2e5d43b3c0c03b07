package se.nyskapa.query.support;

/** A read-model document, stored under {@code _id} = {@link #id()}; every read of the read models is by that id. */
public interface ProjectionDocument {

    String id();
}
