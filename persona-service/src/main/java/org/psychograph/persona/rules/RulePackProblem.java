package org.psychograph.persona.rules;

/** Why a rule pack was rejected: the line (1-based, 0 when unknown), where in the document, and the reason. */
public record RulePackProblem(int line, String path, String reason) {

    @Override
    public String toString() {
        return "line " + line + (path.isEmpty() ? "" : " (" + path + ")") + ": " + reason;
    }
}
