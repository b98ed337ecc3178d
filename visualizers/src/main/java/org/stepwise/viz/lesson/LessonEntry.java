package org.stepwise.viz.lesson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lesson's catalog entry, written on its class: what {@link LessonInfo} holds. The catalog
 * reads it from the class without building the lesson (Ensemble8 lists its samples the same
 * way, from metadata, and builds a sample only when it is opened), so a catalog of many
 * lessons costs nothing at start-up beyond loading their small classes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LessonEntry {

    /** Stable id: lower-case words joined by '-' (command line, session files). */
    String id();

    String title();

    /** The algorithms package the lesson draws from ("optim", "linear", ...). */
    String family();

    Level level();

    /** Search words besides the id, title and family. */
    String[] tags() default {};

    /** Ids of the lessons the card links to as neighbours. */
    String[] neighbours() default {};
}
