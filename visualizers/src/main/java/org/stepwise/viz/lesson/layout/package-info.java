/**
 * The panel's layout: the column of view, narration and chart (the chart beside the view when
 * the window is wide and low), and the side panel with the card, the sheet and the data picker,
 * which presentation mode hides.
 */
package org.stepwise.viz.lesson.layout;
