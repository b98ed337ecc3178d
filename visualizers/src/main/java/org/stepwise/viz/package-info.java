/**
 * Everything a learner sees of an algorithm: reusable views ({@code view}), the lesson
 * framework ({@code lesson}) and the lessons themselves ({@code lessons.<family>}). Views
 * draw snapshots and never call an engine.
 */
package org.stepwise.viz;
