package org.stepwise.viz.lesson.data;

/**
 * The sentence shown when a load or an edit is refused. A refusal of the learner's input
 * ({@link IllegalArgumentException}, which includes every CSV problem) is shown as its message;
 * anything else is a fault of Stepwise, named as such and logged for the bug report.
 */
final class Refusals {

    private Refusals() {
    }

    /** One or more sentences, each ending in a full stop. */
    static String describe(Throwable refused, boolean dataKept) {
        String reason;
        if (refused instanceof IllegalArgumentException) {
            reason = refused.getMessage();
        } else {
            reason = "Stepwise could not load this data (" + refused.getClass().getSimpleName()
                    + (refused.getMessage() == null ? "" : ": " + refused.getMessage()) + ")";
            System.getLogger(DataPicker.class.getName()).log(System.Logger.Level.WARNING, reason, refused);
        }
        if (reason == null || reason.isBlank()) {
            reason = "The data was refused";
        }
        String sentence = reason.endsWith(".") ? reason : reason + ".";
        return dataKept ? sentence + " Your data is unchanged." : sentence;
    }
}
