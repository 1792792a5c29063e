package org.psychograph.persona.generation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.psychograph.persona.rules.NamingStyle;
import org.psychograph.persona.rules.RulePackDocument.Naming;

/** Gives the personas of one run distinct names, deterministically (same run and pack, same names). */
final class PersonaNamer {

    private final Naming naming;
    private final Set<String> used = new HashSet<>();
    private final Set<String> usedFirstNames = new HashSet<>();

    PersonaNamer(Naming naming) {
        this.naming = naming;
    }

    /** @param nickname the primary archetype's nickname, or a word from the segment's label */
    String name(String nickname) {
        List<String> pool = naming.firstNames();
        String first = null;
        if (naming.style() == NamingStyle.ALLITERATIVE && nickname != null && !nickname.isBlank()) {
            String initial = nickname.substring(0, 1).toUpperCase(Locale.ROOT);
            first = pool.stream()
                    .filter(n -> n.toUpperCase(Locale.ROOT).startsWith(initial))
                    .filter(n -> !usedFirstNames.contains(n))
                    .findFirst()
                    .orElse(null);
        }
        if (first == null) {
            first = pool.stream()
                    .filter(n -> !usedFirstNames.contains(n))
                    .findFirst()
                    .orElse(pool.get(0));
        }
        usedFirstNames.add(first);
        String name = naming.style() == NamingStyle.ALLITERATIVE && nickname != null && !nickname.isBlank()
                ? nickname.strip() + " " + first
                : first;
        String distinct = name;
        for (int i = 2; !used.add(distinct); i++) {
            distinct = name + " " + i;
        }
        return distinct;
    }
}
