package se.nyskapa.command.config;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.sql.SQLException;

/**
 * A command that lost a race with another instance's command on the same aggregate: the event store already held
 * the sequence number it appended (or, for a new aggregate, its first event). Sent again, it meets the aggregate as
 * it now is. Axon's JDBC engine reports it as the event table's key refusing the row (SQL's class 23, integrity
 * constraint violation); Axon Server as a concurrency exception.
 */
public final class ConcurrentAppend {

    private ConcurrentAppend() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof EventStoreException && violatesAKey(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure settles its command, as Axon's retry scheduler asks it of a failure and of each failure that
     * caused it, until one answers yes: the database's own report under a concurrent append does not.
     */
    static boolean isFinal(Throwable failure) {
        return !isCause(failure) && !(failure instanceof SQLException);
    }

    public static boolean violatesAKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
