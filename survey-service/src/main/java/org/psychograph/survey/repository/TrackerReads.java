package org.psychograph.survey.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.Survey;

/**
 * The reads behind {@code Survey.wave} and {@code Survey.waves}, each in a stateless session of its own. SmallRye
 * GraphQL runs the batch fields of one level (wave and waves) at the same time on the same Vert.x context, where
 * Panache would hand both the same session; a reactive session runs one query at a time, and sharing it failed with
 * "Illegal pop()" and then "Session is closed".
 */
@ApplicationScoped
public class TrackerReads {

    private final Mutiny.SessionFactory sessions;

    public TrackerReads(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * The surveys of these workspaces that share a tracker with one of these surveys, and those surveys themselves:
     * all that the wave fields of a whole list of surveys need, in one query.
     */
    public Uni<List<Survey>> wavesBeside(Collection<UUID> surveyIds, Collection<String> workspaces) {
        return read(session -> session.createSelectionQuery(
                        "from Survey where workspaceId in ?2 and (id in ?1 or trackerId in "
                                + "(select s.trackerId from Survey s where s.id in ?1 and s.trackerId is not null))",
                        Survey.class)
                .setParameter(1, surveyIds)
                .setParameter(2, workspaces)
                .getResultList());
    }

    public Uni<List<Question>> questionsOf(Collection<UUID> surveyIds) {
        return read(session -> session.createSelectionQuery(
                        "from Question where surveyId in ?1 order by surveyId, position", Question.class)
                .setParameter(1, surveyIds)
                .getResultList());
    }

    private <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> query) {
        return sessions.openStatelessSession()
                .chain(session -> query.apply(session).eventually(session::close));
    }
}
