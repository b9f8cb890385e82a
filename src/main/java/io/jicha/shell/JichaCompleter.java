package io.jicha.shell;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab completion that knows where the command name ends: after {@code score deduct} a partly typed
 * word ({@code C}) is an argument to complete with the command's provider (criterion codes, record
 * ids, session names), not more of the command's name. Command names are completed as before, with
 * their descriptions in the user's language (see {@link HelpText}).
 */
public class JichaCompleter extends CommandCompleter {

    private final CommandRegistry registry;
    private final ValueCompletions values;

    public JichaCompleter(CommandRegistry registry) {
        this(registry, null);
    }

    /** With {@code values}: the values of the options every command shares (units, kinds, methods, record ids …). */
    JichaCompleter(CommandRegistry registry, ValueCompletions values) {
        super(registry);
        this.registry = registry;
        this.values = values;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int current = line.wordIndex();
        Command command = null;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < current && i < words.size(); i++) {
            if (words.get(i).startsWith("-")) {
                break;
            }
            name.append(i == 0 ? "" : " ").append(words.get(i));
            Command c = registry.getCommandByName(name.toString());
            if (c != null) {
                command = c;
            }
        }
        if (command == null) {
            List<Candidate> names = new ArrayList<>();
            super.complete(reader, line, names);
            String typed = String.join(" ", words.subList(0, Math.min(current, words.size())));
            for (Candidate c : names) {
                String full = typed.isEmpty() ? c.value() : typed + " " + c.value();
                Command named = registry.getCommandByName(full);
                // the group in the terminal's language (评分, not "Scoring"), as the help overview lists it
                String group = HelpText.groupOf(full).title();
                // shown as the bare name: the stock display text carries the English description
                candidates.add(new Candidate(c.value(), c.value(), group,
                        named == null ? c.descr() : HelpText.description(named), c.suffix(), c.key(), c.complete(), c.sort()));
            }
            return;
        }
        String word = current < words.size() ? words.get(current) : "";
        CommandOption option = null;
        if (current > 0) {
            String previous = words.get(current - 1);
            for (CommandOption o : command.getOptions()) {
                boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
                if (!flag && o.isOptionEqual(previous)) {
                    option = o;
                }
            }
        }
        if (option == null && (word.isEmpty() || word.startsWith("-"))) {
            for (CommandOption o : command.getOptions()) {
                String opt = "--" + o.longName();
                if (opt.startsWith(word) && !words.contains(opt)) {
                    candidates.add(new Candidate(opt, opt, null, HelpText.optionDescription(command, o), null, null, true));
                }
            }
            if (word.startsWith("-")) {
                return;
            }
        }
        CompletionContext context = new CompletionContext(words, current, line.wordCursor(), command, option);
        List<CompletionProposal> proposals = option != null && values != null
                ? values.forOption(command, option, context.currentWordUpToCursor()).orElse(null) : null;
        if (proposals == null) {
            proposals = command.getCompletionProvider().apply(context);
        }
        for (CompletionProposal p : proposals) {
            String description = p.description() == null || p.description().isEmpty() ? null : p.description();
            candidates.add(new Candidate(p.value(), p.displayText(), p.category(), description, null, null,
                    p.complete(), 0));
        }
    }
}
