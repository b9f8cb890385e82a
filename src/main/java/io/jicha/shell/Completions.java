package io.jicha.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.SessionState;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Completion of values in the interactive shell; commands name these beans in completionProvider.
 * The completer itself ({@link JichaCompleter}) is set up with the terminal ({@link LineInput}).
 */
@Configuration(proxyBeanMethods = false)
public class Completions {

    @Bean
    CompletionProvider sessionNameCompletion(ShellContext ctx) {
        return context -> {
            List<String> names = ctx.workspace().sessionNames();
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            return names.stream().filter(n -> n.startsWith(prefix)).map(CompletionProposal::new).toList();
        };
    }

    /** Positional argument and --record: the drawn record ids. */
    @Bean
    CompletionProvider drawnIdCompletion(ShellContext ctx) {
        ValueCompletions values = new ValueCompletions(ctx);
        return context -> {
            if (optionIs(context, "unit")) {
                return values.unitNames(context.currentWordUpToCursor());
            }
            return values.drawnIds(context.currentWordUpToCursor());
        };
    }

    /** Positional argument: criterion codes of the rubric being scored (or of all loaded rubrics); --record: drawn ids. */
    @Bean
    CompletionProvider criterionCompletion(ShellContext ctx) {
        ValueCompletions values = new ValueCompletions(ctx);
        return context -> {
            if (optionIs(context, "record")) {
                return matching(context, drawnIds(ctx));
            }
            if (optionIs(context, "unit")) {
                return matching(context, state(ctx).map(s -> s.info().units()).orElse(List.of()));
            }
            if (context.getCommandOption() != null) {
                return List.of();
            }
            return values.criteria(context.currentWordUpToCursor()); // each code with its text
        };
    }

    private static boolean optionIs(CompletionContext context, String name) {
        CommandOption o = context.getCommandOption();
        return o != null && name.equals(o.longName());
    }

    private static Optional<SessionState> state(ShellContext ctx) {
        try {
            return ctx.openSession().map(s -> s.state());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Collection<String> drawnIds(ShellContext ctx) {
        return state(ctx).map(s -> (Collection<String>) s.get(DrawBook.class).drawnIds()).orElse(List.of());
    }

    private static List<CompletionProposal> matching(CompletionContext context, Collection<String> values) {
        String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        return values.stream().filter(v -> v.startsWith(prefix)).map(CompletionProposal::new).toList();
    }
}
