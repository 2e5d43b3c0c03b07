package se.nyskapa.command.web;

import org.springframework.http.ResponseEntity;
import se.nyskapa.id.Ids;
import se.nyskapa.visit.Outcome;

import java.net.URI;

/** What every command endpoint answers: the id of what the command was about and whether it changed anything. */
public record Accepted(String id, Outcome outcome) {

    public static final String ID = Ids.PATTERN;
    public static final String ID_MESSAGE = Ids.RULE;

    /** 201 with its location when the command created something, 200 for an identical repeat. */
    public static ResponseEntity<Accepted> created(URI location, String id, Outcome outcome) {
        Accepted body = new Accepted(id, outcome);
        return outcome == Outcome.APPLIED
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }
}
