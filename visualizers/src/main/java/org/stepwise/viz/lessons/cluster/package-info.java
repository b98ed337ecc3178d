/** The clustering lessons: groups found in unlabelled points. */
package org.stepwise.viz.lessons.cluster;
