package io.jicha.shell;

import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.RubricBook;
import io.jicha.session.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.List;
import java.util.Optional;

/** Completes the ids of the rubrics loaded in the open session ('rubric show'). */
@Configuration(proxyBeanMethods = false)
public class RubricCompletions {

    @Bean
    CompletionProvider rubricIdCompletion(ShellContext ctx) {
        return context -> {
            Optional<Session> session = ctx.openSession();
            if (session.isEmpty()) {
                return List.of();
            }
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            return session.get().state().get(RubricBook.class).all().stream().map(LoadedRubric::id).distinct()
                    .filter(id -> id.startsWith(prefix)).map(CompletionProposal::new).toList();
        };
    }
}
