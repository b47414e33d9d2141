package dev.grace.domain;

/** How a broken rule is classified; adapters map each kind to their own status (HTTP 422, 404, 409). */
public enum ErrorKind {
    /** A value of the right shape breaks a rule. */
    INVALID,
    /** The thing named does not exist. */
    NOT_FOUND,
    /** The request conflicts with the current state. */
    CONFLICT
}
