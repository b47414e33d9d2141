package dev.grace.domain;

import static dev.grace.domain.Broken.codes;
import static dev.grace.domain.ErrorCode.INVALID_GUEST_DETAILS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestTest {
    @Test
    void aGuestWithNameAndEmailIsValid() {
        assertThat(Guest.of("Ada Lovelace", "ada@example.com")).isEqualTo(new Guest("Ada Lovelace", "ada@example.com"));
    }

    @Test
    void nameIsOneToTwoHundredCharacters() {
        assertThat(Guest.check("A", "a@example.com")).isEmpty();
        assertThat(Guest.check("é".repeat(200), "a@example.com")).isEmpty();
        assertThat(Guest.check("a".repeat(201), "a@example.com")).extracting(Violation::field)
                .containsExactly("guest.name");
        assertThat(codes(Guest.check("", "a@example.com"))).containsExactly(INVALID_GUEST_DETAILS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nLovelace", "Ada\u0000", "\tAda", "Ada\u001F", "   "})
    void namesWithControlCharactersOrOnlySpacesAreInvalid(String name) {
        var violations = Guest.check(name, "a@example.com");
        assertThat(codes(violations)).containsExactly(INVALID_GUEST_DETAILS);
        assertThat(violations.get(0).field()).isEqualTo("guest.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "a.b+tag@mail.example.co.uk", "o'brien@example.ie",
            "x@a-b.example", "josé@exämple.de", "UPPER@EXAMPLE.COM"})
    void saneEmailsAreAccepted(String email) {
        assertThat(Guest.check("Ada", email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
            "a@b@example.com", "ada lovelace@example.com", "ada@exa mple.com", "ada@example..com",
            "ada@.example.com", "ada@example.com.", ".ada@example.com", "ada.@example.com", "a..b@example.com",
            "ada@-example.com", "ada@example-.com", "ada@exa_mple.com", "ada\n@example.com", "ada@example.com\u0000",
            "<ada>@example.com", "\"ada\"@example.com", "ada,b@example.com"})
    void implausibleEmailsAreInvalid(String email) {
        var violations = Guest.check("Ada", email);
        assertThat(codes(violations)).containsExactly(INVALID_GUEST_DETAILS);
        assertThat(violations.get(0).field()).isEqualTo("guest.email");
    }

    @Test
    void emailLengthIsBounded() {
        String local64 = "a".repeat(64);
        assertThat(Guest.check("Ada", local64 + "@example.com")).isEmpty();
        assertThat(Guest.check("Ada", "a".repeat(65) + "@example.com")).isNotEmpty();
        String longDomain = ("a".repeat(60) + ".").repeat(4) + "com"; // 247 characters
        assertThat(Guest.check("Ada", "ab@" + longDomain)).isEmpty();
        assertThat(Guest.check("Ada", "abcdefgh@" + longDomain)).isNotEmpty();
        assertThat(Guest.check("Ada", "ab@" + "a".repeat(64) + ".com")).isNotEmpty();
    }

    @Test
    void bothBadFieldsAreListed() {
        var thrown = Broken.violation(() -> Guest.of("", "nope"));
        assertThat(thrown.violations()).extracting(Violation::field).containsExactly("guest.name", "guest.email");
        assertThat(thrown.code()).isEqualTo(INVALID_GUEST_DETAILS);
        assertThatIllegalArgumentException().isThrownBy(() -> new Guest("Ada", "nope"));
    }

    /**
     * A JSON string may carry a lone surrogate ({@code "\\ud800"}); it is no character, cannot be stored as
     * UTF-8 (PostgreSQL would keep a '?') and so is refused like a control character.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Ada \ud800", "\udc00Ada", "Ada\ud800\ud800"})
    void aLoneSurrogateInTheNameOrEmailIsInvalidGuestDetails(String broken) {
        assertThat(Guest.check(broken, "ada@example.com")).extracting(Violation::field).containsExactly("guest.name");
        assertThat(Guest.check("Ada", "ada@exa" + broken.replace(" ", "") + ".com")).extracting(Violation::field)
                .containsExactly("guest.email");
        assertThat(Guest.check("Ada \ud83d\ude00", "ada@example.com")).as("a pair is one character").isEmpty();
    }
}
