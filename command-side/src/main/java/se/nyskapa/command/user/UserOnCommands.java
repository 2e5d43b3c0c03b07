package se.nyskapa.command.user;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import se.nyskapa.history.UserMetadata;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Names the user behind every command in its metadata; the correlation data provider then copies the name onto
 * every event the command produces. A command that already names its user (one the platform sends by itself, as
 * {@link UserMetadata#SYSTEM}) keeps it.
 */
public class UserOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentUser currentUser;

    public UserOnCommands(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(UserMetadata.KEY)
                ? command
                : command.andMetaData(Map.of(UserMetadata.KEY, currentUser.name()));
    }
}
