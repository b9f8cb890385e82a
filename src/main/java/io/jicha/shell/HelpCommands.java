package io.jicha.shell;

import io.jicha.common.UserError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

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
            throw UserError.of("shell.command-run-help-list-commands", name);
        }
        return HelpText.forCommand(c, dispatcher.getObject().argumentCount(c)).stripTrailing();
    }
}
