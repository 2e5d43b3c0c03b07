package se.nyskapa.personal;

/** @param keysErased how many keys were destroyed: one for a person known by that address */
public record ErasureResult(int keysErased) {
}
