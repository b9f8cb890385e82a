package io.jicha.scoring;

import io.jicha.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** Tests on a fresh {@link ScoringFixture} each (ScoringTest, ClaimsDecisionsTest): its session, drawn files and verbs. */
abstract class ScoringFixtureTest {

    @TempDir
    Path dir;
    ScoringFixture fixture;
    Session session;
    List<String> drawn;

    @BeforeEach
    void setUpFixture() throws Exception {
        fixture = new ScoringFixture(dir);
        session = fixture.session;
        drawn = fixture.drawn;
    }

    ScoreTarget file(int i) {
        return fixture.file(i);
    }

    void deduct(String auditor, ScoreTarget t, String code, Integer times, String points) {
        fixture.deduct(auditor, t, code, times, points);
    }
}
