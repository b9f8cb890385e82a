package io.jicha.store;

import io.jicha.common.Hashes;
import io.jicha.evidence.TestPhotos;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files travel with session push and pull between a laptop (a workspace folder) and a real PostgreSQL
 * store, both ways, each only when the other side lacks it; a machine working on the store directly keeps a cache
 * that fetches a file on first use.
 */
@Tag("process")
@Tag("postgres")
class EvidencePushPullTest {

    private static final String SESSION = "photos";

    @TempDir
    Path dir;

    @Test
    void evidenceIsPushedAndPulledBothWaysAndFetchedOnFirstUse() throws Exception {
        TestStore store = TestStore.create(StoreKind.POSTGRESQL, dir, "evidence");
        TestStore laptop = TestStore.create(StoreKind.FILE, dir, "laptop");
        String url = store.url();
        byte[] first = TestPhotos.jpeg(200, 150, "1", Color.ORANGE, "2016:10:10 09:15:30", 6, "Canon", "EOS 80D");
        byte[] second = TestPhotos.jpeg(160, 120, "2", Color.CYAN, "2016:10:11 14:02:00", 1, "HUAWEI", "P9");
        Path a = Files.write(dir.resolve("IMG_0001.JPG"), first);
        Path b = Files.write(dir.resolve("IMG_0002.JPG"), second);
        laptop.script("张三", "setup", List.of(
                "session new --name " + SESSION + " --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "evidence add " + a + " --unit 吴江区 --note 现场照片 --on 2016-10-10"));

        ok(laptop.jicha("张三", pg()), "session", "push", SESSION, "--to", url);
        assertThat(storedBytes(store, Hashes.sha256Hex(first))).as("the photo, in the store's chunks").isEqualTo(first);

        // 李四 works on the store directly, with an empty cache: the photo is fetched when first used
        Path exported = dir.resolve("back.jpg");
        ok(store.jicha("李四"), "session", "open", SESSION);
        ok(store.jicha("李四"), "evidence", "export", "1", "--out", exported.toString());
        assertThat(Files.readAllBytes(exported)).isEqualTo(first);
        ok(store.jicha("李四"), "evidence", "add", b.toString(), "--unit", "吴江区", "--on", "2016-10-11");
        assertThat(storedBytes(store, Hashes.sha256Hex(second))).as("added on the store: kept in it").isEqualTo(second);
        ok(store.jicha("李四"), "session", "fsck");

        // back to the laptop: the pull brings the second photo
        ok(laptop.jicha("张三", pg()), "session", "pull", SESSION, "--from", url);
        Path kept = laptop.workspace().resolve(SESSION).resolve("evidence");
        assertThat(Files.readAllBytes(kept.resolve(Hashes.sha256Hex(second)))).isEqualTo(second);
        assertThat(Files.readAllBytes(kept.resolve(Hashes.sha256Hex(first)))).isEqualTo(first);
        ok(laptop.jicha("张三"), "session", "fsck");

        // a fresh machine pulls both; a later push sends nothing the store has
        TestStore elsewhere = TestStore.create(StoreKind.FILE, dir, "elsewhere");
        ok(elsewhere.jicha("王五", pg()), "session", "pull", SESSION, "--from", url);
        Path there = elsewhere.workspace().resolve(SESSION).resolve("evidence");
        assertThat(Files.readAllBytes(there.resolve(Hashes.sha256Hex(first)))).isEqualTo(first);
        assertThat(Files.readAllBytes(there.resolve(Hashes.sha256Hex(second)))).isEqualTo(second);
        ok(elsewhere.jicha("王五"), "session", "fsck");
        long chunks = store.rows("jicha_snapshot_chunk");
        ok(laptop.jicha("张三", pg()), "session", "push", SESSION, "--to", url);
        assertThat(store.rows("jicha_snapshot_chunk")).as("nothing sent twice").isEqualTo(chunks);
    }

    @Test
    void aPhotoEditedOnTheLaptopIsNotPushed() throws Exception {
        TestStore store = TestStore.create(StoreKind.POSTGRESQL, dir, "edited");
        TestStore laptop = TestStore.create(StoreKind.FILE, dir, "laptop");
        byte[] photo = TestPhotos.jpeg(120, 90, "E", Color.PINK, "2016:10:10 09:15:30", 1, "Canon", "EOS 80D");
        Path a = Files.write(dir.resolve("p.jpg"), photo);
        laptop.script("张三", "setup", List.of(
                "session new --name " + SESSION + " --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "evidence add " + a + " --unit 吴江区 --on 2016-10-10"));
        Path kept = laptop.workspace().resolve(SESSION).resolve("evidence").resolve(Hashes.sha256Hex(photo));
        byte[] edited = photo.clone();
        edited[edited.length / 2] ^= 1;
        Files.write(kept, edited);

        JichaProcess.Result refused = laptop.jicha("张三", pg()).run("session", "push", SESSION, "--to", store.url());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(refused.err()).contains("p.jpg").contains(Hashes.sha256Hex(photo).substring(0, 12));
        assertThat(store.rows("jicha_snapshot")).isZero();
        assertThat(store.rows("jicha_event")).isZero();
    }

    private static Map<String, String> pg() {
        return Map.of("PGPASSWORD", TestPostgres.shared().password());
    }

    private static byte[] storedBytes(TestStore store, String sha256) throws Exception {
        try (Connection c = TestPostgres.shared().connect(store.database());
             PreparedStatement p = c.prepareStatement(
                     "SELECT bytes FROM jicha_snapshot_chunk WHERE sha256 = ? ORDER BY n")) {
            p.setString(1, sha256);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.write(r.getBytes(1));
                }
            }
            return out.toByteArray();
        }
    }

    private static JichaProcess.Result ok(JichaProcess jicha, String... args) throws Exception {
        JichaProcess.Result r = jicha.run(args);
        assertThat(r.exit()).as("%s: %s", Arrays.toString(args), r.err()).isZero();
        return r;
    }
}
