/**
 * Clustering: groups found in unlabelled points, one teachable step at a time.
 */
package org.stepwise.algo.cluster;
