package io.jicha.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.stereotype.Component;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts jicha: with no arguments the interactive shell; with a command, that command; with
 * {@code @FILE}, the script. {@code --debug} (or JICHA_DEBUG=1) shows stack traces.
 *
 * <p>The context holds only what jicha uses: its own components and Spring Shell's command
 * registry, no other auto-configuration. It is the same in every mode (the terminal is built by
 * {@link LineInput} only for the interactive shell), so the packaged jar can carry it processed
 * ahead of time (Spring AOT): see docs/benchmarks.md, "Start-up".
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
public class JichaApplication {

    /** The context initializer Spring AOT generates for this class (the name Spring Boot looks for). */
    static final String AOT_INITIALIZER = JichaApplication.class.getName() + "__"
            + org.springframework.context.ApplicationContextInitializer.class.getSimpleName();

    /** Spring Shell validates each command call; jicha declares no constraints (see {@link NoConstraints}). */
    @Bean
    static jakarta.validation.Validator noConstraints() {
        return new NoConstraints();
    }

    /**
     * The commands: every {@code @Command} method of jicha's components (and any Command bean, which
     * the registry adds itself). Spring Shell's own registry configuration finds the same methods by
     * scanning the class path on every start; jicha's beans are known already.
     */
    @Bean
    static CommandRegistry commandRegistry(ApplicationContext context) {
        CommandRegistry registry = new CommandRegistry();
        for (String bean : context.getBeanNamesForAnnotation(Component.class)) {
            Class<?> type = context.getType(bean);
            if (type == null || !type.getName().startsWith("io.jicha.")) {
                continue;
            }
            for (java.lang.reflect.Method method : MethodIntrospector.selectMethods(type,
                    (java.lang.reflect.Method m) -> AnnotatedElementUtils.hasAnnotation(m, Command.class))) {
                CommandFactoryBean factory = new CommandFactoryBean(method);
                factory.setApplicationContext(context);
                registry.registerCommand(factory.getObject());
            }
        }
        return registry;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs jicha and returns its exit status. */
    public static int run(String[] args) {
        useAotWhenPackaged();
        try {
            io.jicha.session.Workspace.rootFromEnvironment();
        } catch (java.nio.file.InvalidPathException e) { // JICHA_WORKSPACE that this locale cannot spell (issue 28)
            System.err.println("jicha: " + io.jicha.common.Texts.get("shell.path-unmappable", e.getInput(),
                    System.getProperty("sun.jnu.encoding")));
            return 1;
        }
        List<String> words = new ArrayList<>(List.of(args));
        boolean debug = words.remove("--debug") || "1".equals(System.getenv("JICHA_DEBUG"));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.shell.interactive.enabled", words.isEmpty());
        props.put("jicha.debug", debug);
        SpringApplication app = new SpringApplication(JichaApplication.class);
        app.setAddCommandLineProperties(false);
        app.setDefaultProperties(props);
        ConfigurableApplicationContext ctx = app.run(words.toArray(String[]::new));
        return SpringApplication.exit(ctx);
    }

    /**
     * Uses the context processed ahead of time when jicha runs from its packaged jar, which
     * carries it (the build's process-aot step); never from a classes folder, whose processed
     * context could be older than the code. {@code -Dspring.aot.enabled=false} turns it off.
     */
    static void useAotWhenPackaged() {
        if (System.getProperty("spring.aot.enabled") == null && packagedWithAot()) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    private static boolean packagedWithAot() {
        ClassLoader loader = JichaApplication.class.getClassLoader();
        CodeSource source = JichaApplication.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null
                || !org.springframework.util.ClassUtils.isPresent(AOT_INITIALIZER, loader)) {
            return false;
        }
        // a classes folder is a directory on the file system; the extracted jar is a file, and the fat
        // jar's classes are inside it (jar:nested:…)
        try {
            java.net.URI uri = source.getLocation().toURI();
            if (!java.nio.file.Path.of("").toUri().getScheme().equals(uri.getScheme())) {
                return true;
            }
            return !java.nio.file.Files.isDirectory(java.nio.file.Path.of(uri));
        } catch (java.net.URISyntaxException | IllegalArgumentException
                 | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return true;
        }
    }
}
