package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    private static DatabaseUrl parse(String value) {
        return DatabaseUrl.parse("DATABASE_URL", value);
    }

    @Test
    void libpqUriBecomesJdbcUrlWithCredentialsBeside() {
        DatabaseUrl url = parse("postgresql://grace:s3cret@db.example.com:6543/hotel");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/hotel");
        assertThat(url.user()).isEqualTo("grace");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void postgresSchemeAndDefaultPort() {
        DatabaseUrl url = parse("postgres://u:p@localhost/app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(url.target()).isEqualTo("localhost:5432/app");
        assertThat(url.database()).isEqualTo("app");
    }

    @Test
    void asyncpgUrlWithSslRequireBecomesSslmode() {
        DatabaseUrl url = parse("postgresql+asyncpg://user:password@host:5432/dbname?ssl=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/dbname?sslmode=require");
        assertThat(url.user()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("password");
    }

    @Test
    void asyncpgBooleanSslAndDroppedAsyncpgOnlyOptions() {
        DatabaseUrl on = parse("postgresql+asyncpg://u:p@h/d?ssl=true&prepared_statement_cache_size=0"
                + "&command_timeout=60&statement_cache_size=0");
        DatabaseUrl off = parse("postgresql+asyncpg://u:p@h/d?ssl=false");

        assertThat(on.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?sslmode=require");
        assertThat(off.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?sslmode=disable");
    }

    @Test
    void libpqParametersTranslatedOthersKept() {
        DatabaseUrl url = parse("postgresql://u@h/d?sslmode=verify-full&connect_timeout=4"
                + "&application_name=my%20app&target_session_attrs=read-write&socketTimeout=9");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?sslmode=verify-full&connectTimeout=4"
                + "&ApplicationName=my+app&targetServerType=primary&socketTimeout=9");
        assertThat(url.password()).isNull();
    }

    @Test
    void percentEncodedCredentialsAreDecodedAndPlusStaysPlus() {
        DatabaseUrl url = parse("postgresql://us%40er:p%3Aa%2Fs%40s+w%25rd@h:5432/d");

        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:a/s@s+w%rd");
        assertThat(url.jdbcUrl()).doesNotContain("p:a").doesNotContain("us@er");
    }

    @Test
    void unencodedAtSignInPasswordIsTakenUpToTheLastAt() {
        DatabaseUrl url = parse("postgresql://u:p@ss@h/d");

        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void ipv6HostsWithAndWithoutPort() {
        assertThat(parse("postgresql://u:p@[::1]:6000/d").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6000/d");
        assertThat(parse("postgresql://u:p@[2001:db8::5]/d").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[2001:db8::5]:5432/d");
    }

    @Test
    void severalHostsEachGetAPort() {
        assertThat(parse("postgresql://u@a:6000,b,[::1]/d?target_session_attrs=any").jdbcUrl())
                .isEqualTo("jdbc:postgresql://a:6000,b:5432,[::1]:5432/d?targetServerType=any");
    }

    @Test
    void userAndPasswordAsQueryParametersAndEmptyHost() {
        DatabaseUrl url = parse("postgresql:///d?user=alice&password=x%26y");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/d");
        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.password()).isEqualTo("x&y");
    }

    @Test
    void withoutADatabaseTheServerChoosesTheUsersOwn() {
        DatabaseUrl url = parse("postgresql://alice:pw@h");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/");
        assertThat(url.database()).isEmpty();
    }

    @Test
    void plusInTheDatabaseNameSurvivesPgjdbcsDecoding() {
        DatabaseUrl url = parse("postgresql://u@h/my+db");

        assertThat(org.postgresql.Driver.parseURL(url.jdbcUrl(), null).getProperty("PGDBNAME")).isEqualTo("my+db");
    }

    @Test
    void databaseNameIsDecodedAndReencodedForPgjdbc() {
        DatabaseUrl url = parse("postgresql://u@h/my%20db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/my+db");
        assertThat(url.database()).isEqualTo("my db");
    }

    @Test
    void jdbcUrlKeepsItsParametersAndLosesItsCredentials() {
        DatabaseUrl url = parse("jdbc:postgresql://h:5433/d?user=bob&password=p%40ss%2Bw&sslmode=require&ssl=true");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/d?sslmode=require&ssl=true");
        assertThat(url.user()).isEqualTo("bob");
        assertThat(url.password()).isEqualTo("p@ss+w");
    }

    @Test
    void jdbcUrlWithoutCredentialsIsPassedOn() {
        DatabaseUrl url = parse("jdbc:postgresql://localhost/grace");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/grace");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.target()).isEqualTo("localhost/grace");
    }

    @Test
    void jdbcUrlWithUserInfoIsUnderstoodToo() {
        DatabaseUrl url = parse("jdbc:postgresql://u:pw@h:5432/d");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
        assertThat(url.user()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void surroundingWhitespaceAndSchemeCaseAreForgiven() {
        assertThat(parse("  PostgreSQL://u:p@h/d \n").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void withDatabaseKeepsServerParametersAndCredentials() {
        DatabaseUrl url = parse("postgresql://u:p@h:6000/d?sslmode=require").withDatabase("other");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:6000/other?sslmode=require");
        assertThat(url.password()).isEqualTo("p");
    }

    @Test
    void toStringMasksThePassword() {
        DatabaseUrl url = parse("postgresql://grace:Hunter2Secret@h/d");

        assertThat(url.toString()).doesNotContain("Hunter2Secret").contains("*****").contains("grace");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mysql://u:Sup3rSecretPw@h/d",
        "http://u:Sup3rSecretPw@h/d",
        "Sup3rSecretPw",
        "postgresql://u:Sup3rSecretPw@h:99999/d",
        "postgresql://u:Sup3rSecretPw@h:port/d",
        "postgresql://u:Sup3rSecretPw@[::1/d",
        "postgresql://u:Sup3rSecretPw@[::1]x/d",
        "postgresql://u:Sup3rSecretPw%zz@h/d",
        "postgresql://u:Sup3rSecretPw%4@h/d",
        "postgresql://u:Sup3rSecretPw@h/d/extra",
        "postgresql://u:Sup3rSecretPw@h/d?sslmode=sometimes",
        "postgresql://u:Sup3rSecretPw@h/d?host=/var/run/postgresql",
        "postgresql://u:Sup3rSecretPw@ho st/d",
        "postgresql://u:Sup3rSecretPw@h,/d",
        "jdbc:postgresql:",
        "jdbc:postgresql://u:Sup3rSecretPw@h:notaport/d",
    })
    void malformedUrlsNameTheVariableAndNeverThePassword(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DATABASE_URL ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rSecretPw"))
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyValueIsRejectedByName(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse("TEST_DATABASE_URL", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEST_DATABASE_URL");
    }

    @Test
    void nullValueIsRejectedByName() {
        assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void everyAcceptedFormIsReadableByPgjdbc() {
        for (String value : new String[] {
            "postgresql+asyncpg://user:password@host:5432/dbname?ssl=require",
            "postgres://u:p@[::1]:6000/d?application_name=x",
            "postgresql://a,b:6000/d?target_session_attrs=prefer-standby",
        }) {
            assertThat(org.postgresql.Driver.parseURL(parse(value).jdbcUrl(), null)).as(value).isNotNull();
        }
    }
}
