package dev.grace.domain;

/** Rules shared by every free-text field of the contract. */
final class Text {
    private Text() {
    }

    /** True when the text holds a character in U+0000–U+001F, which no text field accepts. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) <= 0x1F) {
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
