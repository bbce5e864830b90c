package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.impartiality.ChosenBy;
import org.sendias.impartiality.FamilyChoice;
import org.sendias.impartiality.LegalBasis;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;

/**
 * Generators of advice notes: the routes explained to a family, their legal basis, and the family's own choice.
 */
public final class Advice {

    private Advice() {
    }

    /**
     * One route explained: with the route's own legal basis (most often), a narrowed basis (some of the route's
     * citations), another citation of up to {@value LegalBasis#MAX_CITATION_LENGTH} characters, or none (as an older
     * note may have); and a summary about half the time, from {@link Texts#text(int)} up to
     * {@value OptionExplained#MAX_SUMMARY_LENGTH} characters.
     *
     * @return the generator
     */
    public static Gen<OptionExplained> options() {
        return Gen.enumValues(Route.class).flatMap(Advice::options);
    }

    /**
     * @param route the route explained
     * @return options for that route, as {@link #options()} describes
     */
    public static Gen<OptionExplained> options(Route route) {
        Objects.requireNonNull(route, "route");
        Gen<List<LegalBasis>> basis = Gen.<List<LegalBasis>>frequency(
            weighted(6, Gen.constant(route.legalBasis())),
            weighted(2, r -> {
                List<LegalBasis> some = new ArrayList<>();
                for (LegalBasis b : route.legalBasis()) {
                    if (r.nextBoolean()) {
                        some.add(b);
                    }
                }
                return some.isEmpty() ? List.of(route.legalBasis().get(0)) : some;
            }),
            weighted(1, Texts.text(LegalBasis.MAX_CITATION_LENGTH).map(c -> List.of(LegalBasis.cite(c)))),
            weighted(1, Gen.constant(List.of())));
        Gen<Optional<String>> summary = r -> r.nextBoolean()
            ? Optional.of(Texts.text(OptionExplained.MAX_SUMMARY_LENGTH).next(r)) : Optional.empty();
        return r -> new OptionExplained(route, basis.next(r), summary.next(r));
    }

    /**
     * The family's choice, recorded at {@code at} as their own decision: one of the routes explained (most often),
     * or no route for now.
     *
     * @param explained the routes explained to the family, at least one
     * @param at when the choice is recorded
     * @return the generator
     */
    public static Gen<FamilyChoice> choices(List<Route> explained, Instant at) {
        List<Route> routes = List.copyOf(explained);
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("explained: the family chooses from at least one route");
        }
        Objects.requireNonNull(at, "at");
        Gen<ChosenBy> by = Gen.enumValues(ChosenBy.class);
        return Gen.<FamilyChoice>frequency(
            weighted(3, r -> FamilyChoice.of(Pick.one(r, routes), by.next(r), at)),
            weighted(1, r -> FamilyChoice.noRouteForNow(by.next(r), at)));
    }

    /**
     * Advice notes for a case, recorded at {@code at}: one to four different routes (favouring one, and every route
     * at once), each from {@link #options(Route)}, with the family's choice about half the time.
     *
     * @param caseId the case
     * @param at when the note is recorded (the time of the family's choice, if there is one)
     * @return the generator
     */
    public static Gen<RecordAdviceNote> adviceNotes(CaseId caseId, Instant at) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Gen<Integer> counts = Gen.<Integer>frequency(weighted(6, Gen.ints(1, 4)),
            weighted(1, Gen.constant(Route.values().length)));
        return r -> {
            List<Route> remaining = new ArrayList<>(List.of(Route.values()));
            int count = counts.next(r);
            List<OptionExplained> options = new ArrayList<>(count);
            List<Route> routes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Route route = remaining.remove(r.nextInt(remaining.size()));
                routes.add(route);
                options.add(options(route).next(r));
            }
            Optional<FamilyChoice> choice = r.nextBoolean() ? Optional.of(choices(routes, at).next(r))
                : Optional.empty();
            return new RecordAdviceNote(caseId, Ids.users().next(r), options, choice);
        };
    }

    /** @return advice notes as {@link #adviceNotes(CaseId, Instant)} gives them, for a random case and time */
    public static Gen<RecordAdviceNote> adviceNotes() {
        return r -> adviceNotes(Ids.caseIds().next(r), Dates.instants().next(r)).next(r);
    }
}
