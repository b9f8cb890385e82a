package io.jicha.store;

import io.jicha.common.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The addresses users write in JICHA_STORE and --to/--from, and the ones refused. */
class StoreUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql://zhangsan@review-db:5432/jicha | zhangsan | review-db | 5432 | jicha",
            "postgres://zhangsan@review-db/jicha | zhangsan | review-db | 5432 | jicha",
            "jdbc:postgresql://review-db:6543/jicha?user=lisi&sslmode=verify-full | lisi | review-db | 6543 | jicha",
            "postgresql://wang%40bureau@[::1]:5433/稽查 | wang@bureau | [::1] | 5433 | 稽查"})
    void theFormsUsersWriteAreRead(String text, String user, String host, int port, String database) {
        StoreUrl url = StoreUrl.parse(text);
        assertThat(url.user()).isEqualTo(user);
        assertThat(url.host()).isEqualTo(host);
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.database()).isEqualTo(database);
        assertThat(url.display()).isEqualTo("postgresql://" + user + "@" + host + ":" + port + "/" + database);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://" + host + ":" + port + "/" + database);
        assertThat(url.properties().getProperty("user")).isEqualTo(user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://zhangsan:s3cret-pw@review-db:5432/jicha",
            "postgresql://zhangsan:s3cret-pw@review-db", // malformed as well: still not echoed
            "jdbc:postgresql://review-db/jicha?user=zhangsan&password=s3cret-pw",
            "postgres://review-db/jicha?PASSWORD=s3cret-pw"})
    void aPasswordInTheAddressIsRefusedWithoutBeingEchoed(String text) {
        assertThatThrownBy(() -> StoreUrl.parse(text)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.password-in-url"))
                .message().doesNotContain("s3cret-pw");
    }

    /** Issue 28: a password holding / # ? @ or a space was echoed in full by the bad-address message. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql://zhangsan:s3cret-pw/PW4@review-db:5432/jicha",
            "postgresql://zhangsan:s3cret-pw#x@review-db/jicha",
            "postgresql://zhangsan:s3cret-pw?x@review-db/jicha",
            "postgresql://zhangsan:s3cret-pw@x@review-db/jicha",
            "postgresql://zhangsan:s3cret-pw x@review-db/jicha",
            "postgres://zhangsan:/s3cret-pw@",
            "jdbc:postgresql://review-db/jicha?user=zhangsan&Password=s3cret-pw#frag"})
    void aPasswordOfAnyCharactersIsRefusedBeforeAnyOtherCheck(String text) {
        assertThatThrownBy(() -> StoreUrl.parse(text)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.password-in-url"))
                .message().doesNotContain("s3cret-pw");
        assertThat(StoreUrl.mayHoldPassword("session push x --to " + text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-db:5432/jicha", "postgresql://review-db:5432", "mysql://u@h/db",
            "postgresql://u@h:99999/db"})
    void whatIsNoPostgreSqlAddressIsSaidSo(String text) {
        assertThatThrownBy(() -> StoreUrl.parse(text)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.bad-url"));
    }
}
