package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The vote of {@link Recommendation#combine}: tune, fix, or abstain when only HSIC finds no effect. */
class RecommendationTest {
    private static Evidence vote(String method, Boolean matters) {
        return new Evidence(method, matters, Double.NaN, Double.NaN, method + " detail");
    }

    private static String action(Evidence... votes) {
        return Recommendation.combine("x", "", List.of(votes), Double.NaN).action();
    }

    @Test
    void aTrustedModelFindingNoEffectFixesHsicsNotSignificantAloneDoesNot() {
        assertEquals("fix", action(vote("hsic", false), vote("pdp", false), vote("shap", null)));
        assertEquals("fix", action(vote("hsic", null), vote("pdp", null), vote("shap", false)));
        assertEquals("abstain", action(vote("hsic", false), vote("pdp", null), vote("shap", null)));
        assertEquals("abstain", action(vote("hsic", null), vote("pdp", null), vote("shap", null)));
    }

    @Test
    void anyVoteForTuningThatIsNotOutvotedTunes() {
        assertEquals("tune", action(vote("hsic", true), vote("pdp", null), vote("shap", null)));
        assertEquals("tune", action(vote("hsic", false), vote("pdp", true), vote("shap", null))); // a tie tunes
        assertEquals("fix", action(vote("hsic", true), vote("pdp", false), vote("shap", false)));
    }
}
