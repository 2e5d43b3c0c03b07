package se.nyskapa.command.visit;

import se.nyskapa.command.Require;
import se.nyskapa.personal.Contributor;

import static se.nyskapa.rejection.RejectedException.invalid;

/** The rules for a contributor's details as a command gives them. */
final class Contributors {

    /** The longest address a mail server accepts (RFC 5321's path limit). */
    static final int MAX_EMAIL = 254;

    private Contributors() {
    }

    /**
     * The details without surrounding space, a blank one as not given; {@code null} when none was given at all.
     * Details are kept only with the person's consent, so it must be given with them.
     */
    static Contributor checked(Contributor given) {
        if (given == null) {
            return null;
        }
        String name = given(given.name());
        String email = given(given.email());
        String organisation = given(given.organisation());
        if (name == null && email == null && organisation == null) {
            throw invalid("contributor", "give the contributor's name, e-mail or organisation, or leave contributor "
                    + "out");
        }
        if (!Boolean.TRUE.equals(given.consent())) {
            throw invalid("contributor.consent", "a contributor's details are kept only with their consent: must be "
                    + "true");
        }
        Require.optionalText("contributor.name", name, Require.MAX_SHORT_TEXT);
        Require.optionalText("contributor.email", email, MAX_EMAIL);
        Require.optionalText("contributor.organisation", organisation, Require.MAX_SHORT_TEXT);
        return new Contributor(name, email, organisation, true);
    }

    private static String given(String detail) {
        return detail == null || detail.isBlank() ? null : detail.strip();
    }
}
