package org.stepwise.viz.lesson;

import org.stepwise.algo.Params;
import org.stepwise.algo.TaskFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * The default data of a lesson with a {@code task} parameter ({@link TaskFactory}): one generator's
 * points to classify, another's to regress, chosen by the task. Such a lesson answers
 * {@link Lesson#defaultData(Params)} and {@link Lesson#defaultGeneratorOptions(Params)} with
 * {@link #data} and {@link #options}, and its task-free forms with the classification's.
 *
 * @param classifyGenerator the generator of the points to classify ("moons", "blobs")
 * @param classify          its options
 * @param regressGenerator  the generator of the points to regress ("sine")
 * @param regress           its options
 */
public record TaskData(String classifyGenerator, GeneratorOptions classify, String regressGenerator,
                       GeneratorOptions regress) {

    /** The data for the task {@code params} ask for. */
    public Dataset data(Params params) {
        return TaskFactory.regresses(params) ? Generators.generate(regressGenerator, regress)
                : Generators.generate(classifyGenerator, classify);
    }

    /** The options {@link #data} was made with. */
    public GeneratorOptions options(Params params) {
        return TaskFactory.regresses(params) ? regress : classify;
    }
}
