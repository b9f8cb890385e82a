package io.jicha.shell;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** Tab completion of finding ids in the interactive shell. */
@Configuration(proxyBeanMethods = false)
public class FindingCompletions {

    @Bean
    CompletionProvider findingIdCompletion(ShellContext ctx) {
        ValueCompletions values = new ValueCompletions(ctx);
        return context -> values.findingIds(context.currentWordUpToCursor()); // each id with its unit and text
    }
}
