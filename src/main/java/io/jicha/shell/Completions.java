package io.jicha.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.List;

/** Completion of values in the interactive shell; commands name these beans in completionProvider. */
@Configuration
public class Completions {

    @Bean
    CompletionProvider sessionNameCompletion(ShellContext ctx) {
        return context -> {
            List<String> names = ctx.workspace().sessionNames();
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            return names.stream().filter(n -> n.startsWith(prefix)).map(CompletionProposal::new).toList();
        };
    }
}
