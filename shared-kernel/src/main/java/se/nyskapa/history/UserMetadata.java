package se.nyskapa.history;

/**
 * Who is behind an event: the command side puts the name under {@link #KEY} in every command's metadata, and Axon
 * copies it onto every event the command produces. Events stored before this existed carry no name.
 */
public final class UserMetadata {

    /** The metadata key of the name of the user behind a command and its events. */
    public static final String KEY = "user";
    /** The name on what the platform does by itself, such as seeding the region's themes at start. */
    public static final String SYSTEM = "system";

    private UserMetadata() {
    }
}
