package io.jicha.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 26: the default workspace is the user's own data folder, whatever folder jicha starts in. */
class WorkspaceHomeTest {

    @Test
    void jichaWorkspaceStillDecides() {
        assertThat(Workspace.rootFrom(Map.of("JICHA_WORKSPACE", "/srv/reviews", "XDG_DATA_HOME", "/x"), "Linux", "/home/zs"))
                .isEqualTo(Path.of("/srv/reviews"));
    }

    @Test
    void onLinuxTheXdgDataHome() {
        assertThat(Workspace.rootFrom(Map.of("XDG_DATA_HOME", "/data/zs"), "Linux", "/home/zs"))
                .isEqualTo(Path.of("/data/zs/jicha"));
    }

    @Test
    void withoutXdgDataHomeOrWithARelativeOneTheSpecificationsDefault() {
        assertThat(Workspace.rootFrom(Map.of(), "Linux", "/home/zs")).isEqualTo(Path.of("/home/zs/.local/share/jicha"));
        // the XDG Base Directory Specification: a relative path in XDG_DATA_HOME is invalid and ignored
        assertThat(Workspace.rootFrom(Map.of("XDG_DATA_HOME", "data"), "Linux", "/home/zs"))
                .isEqualTo(Path.of("/home/zs/.local/share/jicha"));
        assertThat(Workspace.rootFrom(Map.of("JICHA_WORKSPACE", " "), "Linux", "/home/zs"))
                .isEqualTo(Path.of("/home/zs/.local/share/jicha"));
    }

    @Test
    void onWindowsTheRoamingAppData() {
        assertThat(Workspace.defaultRoot(Map.of("APPDATA", "/C/Users/zs/AppData/Roaming"), "Windows 11", "/C/Users/zs"))
                .isEqualTo(Path.of("/C/Users/zs/AppData/Roaming", "jicha"));
        assertThat(Workspace.defaultRoot(Map.of(), "Windows 10", "/C/Users/zs"))
                .isEqualTo(Path.of("/C/Users/zs", "AppData", "Roaming", "jicha"));
    }

    @Test
    void neverTheCurrentFolder() {
        assertThat(Workspace.rootFrom(Map.of(), "Linux", "/home/zs").isAbsolute()).isTrue();
        assertThat(Workspace.rootFrom(Map.of(), "Linux", "/home/zs")).isNotEqualTo(Path.of("jicha-work"));
    }
}
