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
    CompletionProvider findingIdCompletion(FindingCommands findings) {
        return context -> {
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            List<String> ids = findings.findingIds();
            return ids.stream().filter(id -> id.regionMatches(true, 0, prefix, 0, prefix.length()))
                    .map(CompletionProposal::new).toList();
        };
    }
}
