package io.jicha.shell;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import io.jicha.common.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JichaCompleterTest {

    private static final List<String> CODES = List.of("B1", "C1", "C2", "C5");
    private static final List<String> IDS = List.of("吴环罚字〔2016〕31号", "吴环罚字〔2016〕45号");

    private final JichaCompleter completer = new JichaCompleter(new CommandRegistry(Set.of(deduct(), status())));

    private static AbstractCommand deduct() {
        AbstractCommand c = new AbstractCommand("score deduct", "deduct", "Scoring") {
            @Override
            public ExitStatus doExecute(CommandContext commandContext) {
                return ExitStatus.OK;
            }
        };
        c.setOptions(List.of(
                CommandOption.with().longName("record").type(String.class).description("record id").build(),
                CommandOption.with().longName("override").type(Boolean.class).description("flag").build(),
                CommandOption.with().longName("note").type(String.class).description("what was seen").build()));
        c.setCompletionProvider(context -> {
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            boolean record = context.getCommandOption() != null && "record".equals(context.getCommandOption().longName());
            List<String> values = record ? IDS : context.getCommandOption() == null ? CODES : List.of();
            return values.stream().filter(v -> v.startsWith(prefix)).map(CompletionProposal::new).toList();
        });
        return c;
    }

    private static AbstractCommand status() {
        return new AbstractCommand("session status", "status", "Session") {
            @Override
            public ExitStatus doExecute(CommandContext commandContext) {
                return ExitStatus.OK;
            }
        };
    }

    private List<Candidate> candidates(String line) {
        ParsedLine parsed = new DefaultParser().parse(line, line.length());
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        return candidates;
    }

    private List<String> complete(String line) {
        ParsedLine parsed = new DefaultParser().parse(line, line.length());
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void aPartlyTypedArgumentIsCompletedFromTheCommandsProvider() {
        assertThat(complete("score deduct C")).containsExactlyInAnyOrder("C1", "C2", "C5");
    }

    @Test
    void anOptionValueIsCompletedForThatOption() {
        assertThat(complete("score deduct C5 --record 吴环")).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(complete("score deduct C5 --note ")).isEmpty();
    }

    @Test
    void optionNamesAreOfferedWhenADashIsTyped() {
        assertThat(complete("score deduct C5 --")).containsExactlyInAnyOrder("--record", "--override", "--note");
        assertThat(complete("score deduct C5 --record x --")).containsExactlyInAnyOrder("--override", "--note");
    }

    @ParameterizedTest
    @EnumSource(Texts.Lang.class)
    void descriptionsComeFromTheBundlesInTheUsersLanguage(Texts.Lang lang) {
        Texts.Lang before = Texts.lang();
        try {
            Texts.use(lang);
            assertThat(candidates("score deduct C5 --n")).singleElement()
                    .satisfies(c -> assertThat(c.descr()).isEqualTo(Texts.get("help.score.deduct.note")));
            assertThat(candidates("session st")).anySatisfy(c -> assertThat(c.descr())
                    .isEqualTo(Texts.get("help.session.status")));
        } finally {
            Texts.use(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Texts.Lang.class)
    void commandNamesAreGroupedAndShownInTheUsersLanguage(Texts.Lang lang) {
        Texts.Lang before = Texts.lang();
        try {
            Texts.use(lang);
            assertThat(candidates("session st")).anySatisfy(c -> {
                assertThat(c.group()).isEqualTo(Texts.get("help.group.sessions"));
                assertThat(c.displ()).as("the bare name: the stock display carries the English description")
                        .isEqualTo(c.value());
            });
            assertThat(candidates("sc")).anySatisfy(c -> assertThat(c.group()).isEqualTo(Texts.get("help.group.scoring")));
        } finally {
            Texts.use(before);
        }
    }

    @Test
    void commandNamesAreStillCompleted() {
        assertThat(complete("session st")).anySatisfy(v -> assertThat(v).contains("status"));
    }
}
