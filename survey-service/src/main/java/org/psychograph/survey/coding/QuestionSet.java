package org.psychograph.survey.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.QuestionType;

/**
 * A survey's questions in position order, with a coder for each: the one place that knows where a
 * question's answer sits in a stored response array.
 */
public final class QuestionSet {

    private final List<Question> questions;
    private final List<AnswerCoder> coders = new ArrayList<>();
    private final Map<String, Integer> positionByCode = new HashMap<>();

    public QuestionSet(List<Question> questionsInPositionOrder) {
        this.questions = List.copyOf(questionsInPositionOrder);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            coders.add(new AnswerCoder(q));
            positionByCode.put(q.code, i);
        }
    }

    public int size() {
        return questions.size();
    }

    public List<Question> questions() {
        return questions;
    }

    public Question get(int position) {
        return questions.get(position);
    }

    public AnswerCoder coder(int position) {
        return coders.get(position);
    }

    /** Position of the question with this code, or -1. */
    public int position(String code) {
        return positionByCode.getOrDefault(code, -1);
    }

    public boolean isText(int position) {
        return questions.get(position).type == QuestionType.TEXT;
    }
}
