package org.psychograph.survey.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.survey.model.Question;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    public Uni<List<Question>> ofSurvey(UUID surveyId) {
        return list("surveyId = ?1 order by position", surveyId);
    }

    public Uni<List<Question>> ofSurveys(Collection<UUID> surveyIds) {
        return list("surveyId in ?1 order by surveyId, position", surveyIds);
    }
}
