package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one command given as words: finds the command, checks its options strictly (unknown,
 * missing, repeated, without value, not a number) and calls it. Every failure is a
 * {@link UserError} with one line; the caller prints it. Used by the one-shot, script and
 * interactive modes alike, so they behave the same.
 */
@Component
public class CommandDispatcher {

    private final CommandRegistry registry;
    private final ApplicationContext context;
    private final Console console;
    private final ShellContext shell;
    private Map<String, Method> methods;

    public CommandDispatcher(CommandRegistry registry, ApplicationContext context, Console console, ShellContext shell) {
        this.registry = registry;
        this.context = context;
        this.console = console;
        this.shell = shell;
    }

    /** Runs the command; throws UserError (or anything else, which is a bug) on failure. */
    public void run(List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        Resolved r = resolve(words);
        List<String> rest = words.subList(r.wordCount, words.size());
        if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
            console.outWriter().print(HelpText.forCommand(r.command, argumentCount(r.command)));
            console.outWriter().flush();
            return;
        }
        ParsedInput input = parse(r, rest);
        CommandContext ctx = new CommandContext(input, registry, console.outWriter(), null);
        ExitStatus status;
        try {
            status = r.command.execute(ctx);
        } catch (Exception e) {
            throw unwrap(e);
        } finally {
            shell.reportWritten(console.outWriter());
            console.outWriter().flush();
            shell.reportSetAside();
        }
        shell.reportAfter(); // after the command's answer, and only when it succeeded (else kept for the next)
        if (status != null && status.code() != 0) {
            throw UserError.of("shell.command-failed", r.command.getName(), status.description());
        }
    }

    private record Resolved(Command command, int wordCount, Method method) {
    }

    private Resolved resolve(List<String> words) {
        Command best = null;
        int bestCount = 0;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size() && !words.get(i).startsWith("-"); i++) {
            if (i > 0) {
                name.append(' ');
            }
            name.append(words.get(i));
            Command c = registry.getCommandByName(name.toString());
            if (c == null) {
                c = registry.getCommandByAlias(name.toString());
            }
            if (c != null) {
                best = c;
                bestCount = i + 1;
            }
        }
        if (best == null) {
            String typed = words.stream().takeWhile(w -> !w.startsWith("-")).limit(2).collect(Collectors.joining(" "));
            String group = words.get(0);
            List<String> sub = registry.getCommands().stream().map(Command::getName)
                    .filter(n -> n.startsWith(group + " ")).sorted().toList();
            if (!sub.isEmpty()) {
                String subs = sub.stream().map(n -> n.substring(group.length() + 1)).collect(Collectors.joining(", "));
                Optional<String> meant = DidYouMean.nearest(typed, sub);
                if (meant.isPresent()) {
                    throw UserError.of("shell.command-takes-one-did-you-mean", typed, group, subs, meant.get());
                }
                throw UserError.of("shell.command-takes-one", typed, group, subs);
            }
            List<String> all = registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName).toList();
            Optional<String> meant = DidYouMean.nearest(typed, all)
                    .or(() -> DidYouMean.nearest(words.get(0), all.stream().map(n -> n.split(" ")[0]).distinct().toList()));
            if (meant.isPresent()) {
                throw UserError.of("shell.unknown-command-did-you-mean", typed, meant.get());
            }
            throw UserError.of("shell.unknown-command-run-help-list", typed);
        }
        return new Resolved(best, bestCount, methods().get(best.getName()));
    }

    private ParsedInput parse(Resolved r, List<String> rest) {
        Command command = r.command;
        ParsedInput.Builder b = ParsedInput.builder();
        String[] nameWords = command.getName().split(" ");
        b.commandName(nameWords[0]);
        for (int i = 1; i < nameWords.length; i++) {
            b.addSubCommand(nameWords[i]);
        }
        List<CommandOption> declared = command.getOptions();
        Set<String> seen = new HashSet<>();
        int argIndex = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < rest.size(); i++) {
            String w = rest.get(i);
            if (!onlyArguments && w.equals("--")) {
                onlyArguments = true;
                continue;
            }
            if (!onlyArguments && isOptionWord(w)) {
                String key = w;
                String value = null;
                int eq = w.indexOf('=');
                if (w.startsWith("--") && eq > 0) {
                    key = w.substring(0, eq);
                    value = w.substring(eq + 1);
                }
                CommandOption opt = find(declared, key);
                if (opt == null) {
                    Optional<String> meant = DidYouMean.nearest(key, declared.stream()
                            .filter(o -> o.longName() != null && !o.longName().isEmpty()).map(o -> "--" + o.longName()).toList());
                    if (meant.isPresent()) {
                        throw UserError.of("shell.unknown-option-did-you-mean", key, command.getName(), meant.get());
                    }
                    throw UserError.of("shell.unknown-option", key, command.getName(), optionList(declared));
                }
                String canonical = opt.longName() != null && !opt.longName().isEmpty() ? "--" + opt.longName() : key;
                if (!seen.add(canonical)) {
                    throw UserError.of("shell.option-given-twice", canonical);
                }
                boolean flag = opt.type() == boolean.class || opt.type() == Boolean.class;
                if (value == null) {
                    if (flag) {
                        if (i + 1 < rest.size() && (rest.get(i + 1).equals("true") || rest.get(i + 1).equals("false"))) {
                            value = rest.get(++i);
                        } else {
                            value = "true";
                        }
                    } else {
                        if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                            throw UserError.of("shell.option-needs-value", canonical, describe(command, opt));
                        }
                        value = rest.get(++i);
                    }
                }
                checkType(canonical, opt, value);
                b.addOption(CommandOption.with().longName(opt.longName()).shortName(opt.shortName())
                        .type(opt.type()).value(value).build());
            } else {
                b.addArgument(new CommandArgument(argIndex++, w));
            }
        }
        for (CommandOption opt : declared) {
            if (Boolean.TRUE.equals(opt.required()) && !seen.contains("--" + opt.longName())) {
                throw UserError.of("shell.needs-option", command.getName(), opt.longName(), describe(command, opt));
            }
        }
        checkArity(r, argIndex);
        return b.build();
    }

    private void checkArity(Resolved r, int given) {
        if (r.method == null) {
            return;
        }
        int declared = 0;
        boolean variadic = false;
        List<String> names = new ArrayList<>();
        for (Parameter p : r.method.getParameters()) {
            if (p.getType() == CommandContext.class) {
                variadic = true;
            }
            Argument a = p.getAnnotation(Argument.class);
            if (a != null) {
                declared++;
                String d = HelpText.argumentDescription(r.command, a.index());
                names.add(d != null ? d : a.description().isEmpty() ? p.getName() : a.description());
            }
        }
        if (!variadic && given > declared) {
            throw UserError.of("shell.takes-but-got-put-value", r.command.getName(), (declared == 0 ? Texts.get("shell.no-arguments") : Texts.get(declared == 1 ? "shell.one-argument" : "shell.n-arguments", declared, String.join(", ", names))), given);
        }
    }

    private static boolean isOptionWord(String w) {
        if (w.startsWith("--")) {
            return w.length() > 2;
        }
        return w.length() == 2 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
    }

    private static CommandOption find(List<CommandOption> declared, String key) {
        for (CommandOption o : declared) {
            if (o.isOptionEqual(key)) {
                return o;
            }
        }
        return null;
    }

    private static String describe(Command command, CommandOption opt) {
        String d = HelpText.optionDescription(command, opt);
        return d.isEmpty() ? "" : Texts.get("shell.option-described", d);
    }

    private static String optionList(List<CommandOption> declared) {
        if (declared.isEmpty()) {
            return Texts.get("shell.takes-no-options");
        }
        return Texts.get("shell.its-options-are", declared.stream().map(o -> "--" + o.longName())
                .collect(Collectors.joining(", ")));
    }

    /** How many positional arguments the command takes (0 for one without a method behind it). */
    int argumentCount(Command command) {
        Method m = methods().get(command.getName());
        if (m == null) {
            return 0;
        }
        int n = 0;
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotation(Argument.class) != null) {
                n++;
            }
        }
        return n;
    }

    private static void checkType(String name, CommandOption opt, String value) {
        Class<?> t = opt.type();
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            if (!value.matches("-?\\d{1,9}")) {
                throw UserError.of("shell.option-needs-whole-number-got", name, value);
            }
        } else if (t == Boolean.class || t == boolean.class) {
            if (!value.equals("true") && !value.equals("false")) {
                throw UserError.of("shell.option-flag-give-alone-true", name, name);
            }
        }
    }

    private RuntimeException unwrap(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof UserError u) {
                return u;
            }
            if (t instanceof org.springframework.core.convert.ConversionException) {
                return UserError.of("shell.bad-option-value", t.getMessage());
            }
            if (t instanceof java.nio.file.InvalidPathException p) { // a name this locale cannot spell (issue 28)
                return UserError.of("shell.path-unmappable", p.getInput(), System.getProperty("sun.jnu.encoding"));
            }
            if (io.jicha.common.DiskFull.is(t)) { // wherever it happened, a full disk is one line, not an internal error
                return UserError.of("shell.disk-full", io.jicha.common.DiskFull.reason(t));
            }
            Throwable next = t instanceof InvocationTargetException ite ? ite.getTargetException() : t.getCause();
            if (next == t) {
                break;
            }
            t = next;
        }
        return e instanceof RuntimeException re ? re : new RuntimeException(e);
    }

    /** The method behind each annotated command, for argument counts. */
    private synchronized Map<String, Method> methods() {
        if (methods == null) {
            Map<String, Method> m = new HashMap<>();
            for (String bean : context.getBeanNamesForAnnotation(Component.class)) {
                Class<?> type = context.getType(bean);
                if (type == null || !type.getName().startsWith("io.jicha.")) {
                    continue;
                }
                for (Method method : AopUtils.getTargetClass(context.getBean(bean)).getMethods()) {
                    var ann = method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
                    if (ann != null && ann.name().length > 0) {
                        m.put(String.join(" ", ann.name()), method);
                    }
                }
            }
            methods = m;
        }
        return methods;
    }
}
