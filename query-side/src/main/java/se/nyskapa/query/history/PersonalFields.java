package se.nyskapa.query.history;

import se.nyskapa.personal.PersonalData;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contribution event's personal data as its history shows it: the contributor's details and a text marked personal
 * opened, or {@code [raderad]} once the person's key is erased; the sealed form itself is never shown. A text marked
 * personal reads as the event's {@code text}, with {@code personalText: true} beside it.
 */
final class PersonalFields {

    private final PersonalData personalData;
    private final JsonMapper json;

    PersonalFields(PersonalData personalData, JsonMapper json) {
        this.personalData = personalData;
        this.json = json;
    }

    /** Rewrites {@code payload}, the event as JSON, in place. */
    void open(Object event, ObjectNode payload) {
        if (event instanceof ContributionRecorded recorded) {
            payload.remove("contributor");
            if (recorded.contributor() != null) {
                payload.set("contributor", json.valueToTree(personalData.shown(recorded.contributionId(),
                                                                               recorded.contributor())));
            }
            text(payload, personalData.shown(recorded.contributionId(), recorded.text(), recorded.personalText()),
                 recorded.personalText() != null);
        } else if (event instanceof ContributionAmended amended) {
            text(payload, personalData.shown(amended.contributionId(), amended.text(), amended.personalText()),
                 amended.personalText() != null);
        }
    }

    private static void text(ObjectNode payload, String shown, boolean personal) {
        payload.remove("personalText");
        payload.put("text", shown);
        if (personal) {
            payload.put("personalText", true);
        }
    }
}
