package io.jicha.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.CommandRegistryAutoConfiguration;
import org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.ShellRunnerAutoConfiguration;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.UserConfigAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts jicha: with no arguments the interactive shell; with a command, that command; with
 * {@code @FILE}, the script. {@code --debug} (or JICHA_DEBUG=1) shows stack traces.
 */
@SpringBootApplication(exclude = SpringShellAutoConfiguration.class)
@ImportAutoConfiguration({CommandRegistryAutoConfiguration.class, ShellRunnerAutoConfiguration.class,
        UserConfigAutoConfiguration.class})
public class JichaApplication {

    /** The terminal, line reader, completion and history: only for the interactive shell. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spring.shell.interactive.enabled", havingValue = "true")
    @ImportAutoConfiguration(JLineShellAutoConfiguration.class)
    static class Interactive {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs jicha and returns its exit status. */
    public static int run(String[] args) {
        List<String> words = new ArrayList<>(List.of(args));
        boolean debug = words.remove("--debug") || "1".equals(System.getenv("JICHA_DEBUG"));
        boolean interactive = words.isEmpty();
        Map<String, Object> props = new HashMap<>();
        props.put("spring.shell.interactive.enabled", interactive);
        props.put("jicha.debug", debug);
        if (interactive) {
            props.put("spring.shell.history.name",
                    io.jicha.session.Workspace.fromEnvironment().root().resolve(".history").toString());
        }
        SpringApplication app = new SpringApplication(JichaApplication.class);
        app.setAddCommandLineProperties(false);
        app.setDefaultProperties(props);
        ConfigurableApplicationContext ctx = app.run(words.toArray(String[]::new));
        return SpringApplication.exit(ctx);
    }
}
