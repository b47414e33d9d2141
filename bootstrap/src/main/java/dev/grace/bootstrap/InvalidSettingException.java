package dev.grace.bootstrap;

/**
 * A configuration variable has a value Grace cannot start with. The message names the variable and says what
 * is allowed; it never repeats a secret or a password.
 */
public final class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String variable;

    public InvalidSettingException(String variable, String problem) {
        super(variable + ": " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
