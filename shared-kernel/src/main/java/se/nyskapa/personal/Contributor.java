package se.nyskapa.personal;

/**
 * The person a contribution came from, as staff take it down with the person's consent, and as it is read back once
 * opened. Only its sealed form, {@link SealedContributor}, is ever stored; once the person's key is erased, every
 * detail that was given reads {@link #ERASED}.
 *
 * @param consent the person agreed to their details being kept with what they said; details are recorded only then
 */
public record Contributor(String name, String email, String organisation, Boolean consent) {

    /** What an erased detail or an erased text reads as in the API, the exports and the history. */
    public static final String ERASED = "[raderad]";
}
