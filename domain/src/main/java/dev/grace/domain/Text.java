package dev.grace.domain;

/** Rules shared by every free-text field of the contract. */
final class Text {
    private Text() {
    }

    /**
     * True when the text holds a character no text field accepts: one in U+0000–U+001F, or a lone surrogate
     * (JSON can spell one, {@code "\\ud800"}, but it is no character and has no UTF-8 form, so the database
     * would silently keep a '?' instead of what was accepted).
     */
    static boolean hasForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x1F) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character outside the BMP
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Length in characters as a person counts them (code points), not UTF-16 units. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
