package dev.grace.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The person a booking is for: a name (1–200 characters) and an email address that could be delivered to. */
public record Guest(String name, String email) {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_PART_FORBIDDEN = "()<>[]\\,;:@\"";

    public Guest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (!check(name, email).isEmpty()) {
            throw new IllegalArgumentException("guest name or email breaks a rule");
        }
    }

    /**
     * A guest from values as received.
     *
     * @throws RuleViolationException {@code invalid_guest_details}, one violation per bad field
     */
    public static Guest of(String name, String email) {
        new Violations().addAll(check(name, email)).throwIfAny();
        return new Guest(name, email);
    }

    /** Every rule the details break, as {@code invalid_guest_details} on {@code guest.name} / {@code guest.email}. */
    public static List<Violation> check(String name, String email) {
        List<Violation> violations = new ArrayList<>();
        if (!isValidName(name)) {
            violations.add(new Violation(ErrorCode.INVALID_GUEST_DETAILS, "guest.name",
                    "guest name must be 1-" + MAX_NAME_LENGTH
                            + " characters, not only spaces, without control characters or lone surrogates"));
        }
        if (!isValidEmail(email)) {
            violations.add(new Violation(ErrorCode.INVALID_GUEST_DETAILS, "guest.email",
                    "guest email must be an address like name@example.com (at most " + MAX_EMAIL_LENGTH
                            + " characters, no spaces, control characters or lone surrogates)"));
        }
        return List.copyOf(violations);
    }

    private static boolean isValidName(String name) {
        if (name == null) {
            return false;
        }
        int length = Text.length(name);
        return length >= 1 && length <= MAX_NAME_LENGTH && !name.isBlank() && !Text.hasForbiddenCharacter(name);
    }

    /**
     * A deliberately plain check: one {@code @}, a dot-separated local part without the characters that need
     * quoting, and a domain of at least two labels. It catches typos and junk without trying to be RFC 5321.
     */
    static boolean isValidEmail(String email) {
        if (email == null || Text.length(email) > MAX_EMAIL_LENGTH || Text.hasForbiddenCharacter(email)) {
            return false;
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            return false;
        }
        return isValidLocalPart(email.substring(0, at)) && isValidDomain(email.substring(at + 1));
    }

    private static boolean isValidLocalPart(String local) {
        if (local.isEmpty() || Text.length(local) > MAX_LOCAL_PART_LENGTH
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        return local.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x7F || LOCAL_PART_FORBIDDEN.indexOf(c) >= 0);
    }

    private static boolean isValidDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || Text.length(label) > MAX_LABEL_LENGTH
                    || label.startsWith("-") || label.endsWith("-")
                    || !label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
