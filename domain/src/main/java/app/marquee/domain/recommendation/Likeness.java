package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.title.LanguageCode;

import java.util.BitSet;

/**
 * How alike a candidate is to each title of a {@link TasteIndex}, by what they are made of, as the
 * {@link ScoringWeights} say: the rarest shared director and writer, the shared actors (by
 * rarity), the genres (a cosine weighted by rarity), then the decade and language bonus, which
 * strengthens a match but never makes one. A pair's parts sum to its likeness, between 0 and 1.
 *
 * <p>Built once per scoring run and reused for every candidate: the candidate's people and genres
 * are looked up in the index, so the work grows with what they share, not with the taste's size.
 */
final class Likeness {
    private static final int[] NONE = {};

    private final TasteIndex taste;
    private final ScoringWeights weights;
    private final FeatureFrequencies frequencies;
    private final double[] director;
    private final double[] writer;
    private final double[] actors;
    private final double[] rarestActor;
    private final double[] genreProduct;
    private final double[] rarestGenre;
    private final CreditedPerson[][] who;
    private final GenreId[] genre;
    private final BitSet related;
    private TitleFeatures candidate;
    private double candidateGenreNorm;

    Likeness(TasteIndex taste, ScoringWeights weights, FeatureFrequencies frequencies) {
        this.taste = taste;
        this.weights = weights;
        this.frequencies = frequencies;
        int n = taste.size();
        director = new double[n];
        writer = new double[n];
        actors = new double[n];
        rarestActor = new double[n];
        genreProduct = new double[n];
        rarestGenre = new double[n];
        who = new CreditedPerson[3][n];
        genre = new GenreId[n];
        related = new BitSet(n);
    }

    /** Positions of the taste's titles sharing a person, a genre or an audience with the candidate. */
    BitSet measure(Candidate next) {
        for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
            director[i] = writer[i] = actors[i] = rarestActor[i] = genreProduct[i] = rarestGenre[i] = 0;
        }
        related.clear();
        candidate = next.title();
        for (CreditedPerson person : Ordered.people(candidate)) {
            int[] positions = taste.crediting(person);
            if (positions != null) {
                double rarity = frequencies.personRarity(person.id());
                for (int i : positions) {
                    share(person, rarity, i);
                    related.set(i);
                }
            }
        }
        double squares = 0;
        for (GenreId shared : Ordered.genres(candidate)) {
            double weight = frequencies.genreWeight(shared);
            squares += weight * weight;
            int[] positions = taste.ofGenre(shared);
            for (int i : positions == null ? NONE : positions) {
                genreProduct[i] += weight * weight;
                if (weight > rarestGenre[i]) {
                    rarestGenre[i] = weight;
                    genre[i] = shared;
                }
                related.set(i);
            }
        }
        candidateGenreNorm = Math.sqrt(squares);
        next.coFavorites().keySet().forEach(liked -> {
            Integer position = taste.positionOf(liked);
            if (position != null) {
                related.set(position);
            }
        });
        return related;
    }

    /** The parts of the likeness to the title at {@code i}, each multiplied by {@code scale}, into the evidence. */
    void contribute(int i, double scale, Evidence evidence) {
        double bonus = scale * bonus(i) / weights.strongestPossibleBonus();
        TitleFeatures liked = taste.title(i);
        if (director[i] > 0) {
            evidence.add(ReasonKind.SAME_DIRECTOR, weights.director() * director[i] * bonus, liked, who[0][i], null);
        }
        if (writer[i] > 0) {
            evidence.add(ReasonKind.SAME_WRITER, weights.writer() * writer[i] * bonus, liked, who[1][i], null);
        }
        if (actors[i] > 0) {
            double strength = weights.actorsForFullMatch() == 1 ? rarestActor[i]
                    : Math.min(1, actors[i] / weights.actorsForFullMatch());
            evidence.add(ReasonKind.SAME_ACTOR, weights.actors() * strength * bonus, liked, who[2][i], null);
        }
        if (genreProduct[i] > 0) {
            double cosine = genreProduct[i] / (candidateGenreNorm * taste.genreNorms[i]);
            evidence.add(ReasonKind.SIMILAR_GENRES, weights.genres() * cosine * bonus, liked, null, genre[i]);
        }
    }

    /** The likeness to the title at {@code i}, between 0 and 1. */
    double of(int i) {
        Evidence alone = new Evidence();
        contribute(i, 1, alone);
        return alone.total();
    }

    private void share(CreditedPerson person, double rarity, int i) {
        switch (person.role()) {
            case DIRECTOR -> {
                if (rarity > director[i]) {
                    director[i] = rarity;
                    who[0][i] = person;
                }
            }
            case WRITER -> {
                if (rarity > writer[i]) {
                    writer[i] = rarity;
                    who[1][i] = person;
                }
            }
            case ACTOR -> {
                actors[i] += rarity;
                if (rarity > rarestActor[i]) {
                    rarestActor[i] = rarity;
                    who[2][i] = person;
                }
            }
        }
    }

    private double bonus(int i) {
        int decadesApart = Math.abs(candidate.decade() - taste.decade(i)) / 10;
        double decade = decadesApart == 0 ? 1 : decadesApart == 1 ? 0.5 : 0;
        boolean sharedLanguage = false;
        for (LanguageCode language : candidate.languages()) {
            sharedLanguage |= taste.languages(i).contains(language);
        }
        return 1 + weights.decadeBonus() * decade + (sharedLanguage ? weights.languageBonus() : 0);
    }
}
