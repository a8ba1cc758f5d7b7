package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Some of a viewer's titles (the liked ones, or the disliked ones), indexed by person and role,
 * genre and id, so a candidate meets only the titles it has something in common with. Positions
 * follow the taste's title id order.
 */
final class TasteIndex {
    private record Credit(PersonId person, CreditRole role) {
    }

    final List<TasteEntry> entries;
    final double[] genreNorms;
    private final Map<Credit, int[]> byCredit = new HashMap<>();
    private final Map<GenreId, int[]> byGenre = new HashMap<>();
    private final Map<TitleId, Integer> byId = new HashMap<>();

    TasteIndex(List<TasteEntry> entries, FeatureFrequencies frequencies) {
        this.entries = entries;
        this.genreNorms = new double[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            TitleFeatures title = entries.get(i).title();
            byId.put(title.id(), i);
            double squares = 0;
            for (GenreId genre : Ordered.genres(title)) {
                squares += Math.pow(frequencies.genreWeight(genre), 2);
            }
            genreNorms[i] = Math.sqrt(squares);
            for (GenreId genre : title.genres()) {
                byGenre.merge(genre, new int[] {i}, TasteIndex::append);
            }
            for (CreditedPerson person : title.people()) {
                byCredit.merge(new Credit(person.id(), person.role()), new int[] {i}, TasteIndex::append);
            }
        }
    }

    int size() {
        return entries.size();
    }

    TitleFeatures title(int position) {
        return entries.get(position).title();
    }

    int[] crediting(CreditedPerson person) {
        return byCredit.get(new Credit(person.id(), person.role()));
    }

    int[] ofGenre(GenreId genre) {
        return byGenre.get(genre);
    }

    Integer positionOf(TitleId title) {
        return byId.get(title);
    }

    int decade(int position) {
        return title(position).decade();
    }

    Set<LanguageCode> languages(int position) {
        return title(position).languages();
    }

    private static int[] append(int[] positions, int[] more) {
        int[] all = Arrays.copyOf(positions, positions.length + more.length);
        System.arraycopy(more, 0, all, positions.length, more.length);
        return all;
    }
}
