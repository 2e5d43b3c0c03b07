package se.nyskapa.command.lookup;

/**
 * A table the command side keeps beside its event store to check rules no single aggregate can: whether an id
 * exists, is taken, or what state the thing it names is in. It is written by event handlers in the processing group
 * {@link LookupTables#PROCESSING_GROUP}, in the transaction that stores the event, and can be rebuilt from the events.
 */
public interface LookupTable {

    /** Creates the table if it is missing. */
    void create();

    /** Drops the table, for a rebuild. */
    void drop();
}
