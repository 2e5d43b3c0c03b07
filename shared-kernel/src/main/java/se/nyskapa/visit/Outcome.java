package se.nyskapa.visit;

/**
 * What a command did. Commands carry client-chosen ids and may arrive twice (retries, offline sync):
 * an identical repeat is {@link #UNCHANGED}, so the client can tell "created" from "already there".
 */
public enum Outcome {
    APPLIED, UNCHANGED
}
