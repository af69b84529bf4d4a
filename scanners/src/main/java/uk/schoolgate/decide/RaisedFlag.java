package uk.schoolgate.decide;

/** A flag raised for a message, the action it asks for, and why, in plain English. */
public record RaisedFlag(Flag flag, Action action, String reason) {
}
