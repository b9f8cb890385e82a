package io.jicha.shell;

import io.jicha.common.UserError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** help [COMMAND]. */
@Component
public class HelpCommands {

    private final ObjectProvider<CommandDispatcher> dispatcher;

    public HelpCommands(ObjectProvider<CommandDispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Command(name = "help", description = "List the commands, or show one command's options")
    public String help(CommandContext context) {
        String name = context.parsedInput().arguments().stream().map(CommandArgument::value)
                .collect(Collectors.joining(" "));
        if (name.isEmpty()) {
            return HelpText.overview(context.commandRegistry().getCommands().stream().filter(c -> !c.isHidden())
                    .toList()).stripTrailing();
        }
        var c = context.commandRegistry().getCommandByName(name);
        if (c == null) {
            List<org.springframework.shell.core.command.Command> visible = context.commandRegistry().getCommands().stream()
                    .filter(x -> !x.isHidden()).toList();
            List<org.springframework.shell.core.command.Command> group = visible.stream()
                    .filter(x -> x.getName().startsWith(name + " ")).toList();
            if (!group.isEmpty()) {
                return HelpText.overview(group).stripTrailing();
            }
            java.util.Optional<String> meant = DidYouMean.nearest(name, visible.stream()
                    .flatMap(x -> java.util.stream.Stream.of(x.getName(), x.getName().split(" ")[0])).distinct().toList());
            if (meant.isPresent()) {
                throw UserError.of("shell.no-command-did-you-mean", name, meant.get());
            }
            throw UserError.of("shell.command-run-help-list-commands", name);
        }
        return HelpText.forCommand(c, dispatcher.getObject().argumentCount(c)).stripTrailing();
    }
}
