package io.jicha.shell;

import io.jicha.common.Localized;
import io.jicha.common.Texts;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.record.RecordKind;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.SessionState;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values Tab offers in the terminal's language, whatever the command: units for {@code --unit},
 * record kinds for {@code --kind} and draw methods for {@code --method} (their Chinese names under
 * JICHA_LANG=zh, which are typed as well as the codes), drawn record ids for {@code --record}, finding
 * ids with their text, and criterion codes with their text. Each proposal carries its description
 * (shown beside it), never an English word under zh.
 */
final class ValueCompletions {

    private final ShellContext ctx;

    ValueCompletions(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** Proposals for the value of {@code option} of {@code command}, or empty when the option is not one of ours. */
    Optional<List<CompletionProposal>> forOption(Command command, CommandOption option, String prefix) {
        String name = option.longName();
        String commandName = command.getName();
        return switch (name) {
            case "unit", "units" -> Optional.of(matching(units(), prefix));
            case "kind" -> commandName.startsWith("report") ? Optional.empty() : Optional.of(matching(localized(RecordKind.values()), prefix));
            case "method" -> commandName.startsWith("sample") ? Optional.of(matching(localized(DrawMethod.values()), prefix))
                    : Optional.empty();
            case "record" -> Optional.of(matching(drawnIds(), prefix));
            default -> Optional.empty();
        };
    }

    /** The criterion codes of the file being scored (or of every loaded rubric), each with its text. */
    List<CompletionProposal> criteria(String prefix) {
        Optional<SessionState> state = state();
        if (state.isEmpty()) {
            return List.of();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        try {
            List<io.jicha.rubric.Rubric> rubrics = ctx.currentTarget().isPresent()
                    ? List.of(ScoringDecisions.rubricFor(state.get(), ctx.currentTarget().get()))
                    : state.get().get(RubricBook.class).all().stream().map(io.jicha.rubric.LoadedRubric::rubric).toList();
            for (io.jicha.rubric.Rubric r : rubrics) {
                r.sections().forEach(s -> s.criteria().forEach(c -> codes.putIfAbsent(c.code(), text(c))));
                if (r.bonus() != null) {
                    r.bonus().criteria().forEach(c -> codes.putIfAbsent(c.code(), text(c)));
                }
            }
        } catch (RuntimeException noRubric) {
            return List.of();
        }
        return matching(codes, prefix);
    }

    /** The finding ids, each with its text. */
    List<CompletionProposal> findingIds(String prefix) {
        return matching(findings(), prefix);
    }

    /** The drawn record ids, each with its unit. */
    List<CompletionProposal> drawnIds(String prefix) {
        return matching(drawnIds(), prefix);
    }

    /** The session's units. */
    List<CompletionProposal> unitNames(String prefix) {
        return matching(units(), prefix);
    }

    private static String text(Criterion c) {
        return c.veto() ? Texts.get("score.veto-criterion-text", c.text()) : c.text();
    }

    private Map<String, String> units() {
        Map<String, String> m = new LinkedHashMap<>();
        state().ifPresent(s -> s.info().units().forEach(u -> m.put(u, Texts.get("shell.complete.unit"))));
        return m;
    }

    private Map<String, String> drawnIds() {
        Map<String, String> m = new LinkedHashMap<>();
        state().ifPresent(s -> s.get(io.jicha.sampling.DrawBook.class).currentDraws().forEach(e -> e.draw().ids()
                .forEach(id -> m.putIfAbsent(id, Texts.get("shell.complete.drawn", e.draw().unit(),
                        e.draw().recordKind().in(Texts.lang()))))));
        return m;
    }

    private Map<String, String> findings() {
        Map<String, String> m = new LinkedHashMap<>();
        state().ifPresent(s -> {
            for (Finding f : s.get(FindingBook.class).findings()) {
                m.put(f.id(), f.unit() + " " + f.text());
            }
        });
        return m;
    }

    /** Every value of a typed enumeration: its name in the terminal's language (under en, with its Chinese name). */
    private static <E extends Enum<E> & Localized> Map<String, String> localized(E[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E v : values) {
            // under zh the Chinese name alone (the code, typed as well, is English); under en the code with it
            m.put(v.in(Texts.lang()), Texts.lang() == Texts.Lang.ZH ? "" : v.in(Texts.Lang.ZH));
        }
        return m;
    }

    private Optional<SessionState> state() {
        try {
            return ctx.openSession().map(s -> s.state());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The values starting with {@code prefix} (case ignored), with their descriptions. */
    private static List<CompletionProposal> matching(Map<String, String> values, String prefix) {
        String p = prefix == null ? "" : prefix;
        List<CompletionProposal> out = new ArrayList<>();
        values.forEach((v, d) -> {
            if (v.regionMatches(true, 0, p, 0, p.length())) {
                out.add(new CompletionProposal(v).displayText(v).description(d));
            }
        });
        return out;
    }
}
